package org.industrialreporting.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentTypeTest {

  @Test
  void readsTheMediaTypeAndTheCharsetAsSent() {
    ContentType csv = ContentType.parse("Text/CSV; charset=\"UTF-8\"; header=present");
    assertThat(csv.mediaType()).hasValue("text/csv");
    assertThat(csv.charset()).hasValue("UTF-8");
    assertThat(csv.is("text/csv")).isTrue();
    assertThat(ContentType.parse("application/json").charset()).isEmpty();
  }

  @Test
  void aHeaderOfParametersOnlyHasNoMediaType() {
    for (String header : new String[] {null, "", " ", ";", "; charset=utf-8", ";;;"}) {
      assertThat(ContentType.parse(header).mediaType()).as(String.valueOf(header)).isEmpty();
    }
    assertThat(ContentType.parse("application/json; charset=\"").charset()).isEqualTo(Optional.of(""));
    assertThat(ContentType.parse(";").is("application/json")).isFalse();
  }
}
