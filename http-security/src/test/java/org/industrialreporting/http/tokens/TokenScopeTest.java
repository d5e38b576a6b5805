package org.industrialreporting.http.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenScopeTest {

  @Test
  void readsWhatItWrites() {
    for (TokenScope scope : List.of(TokenScope.admin(), TokenScope.enterprise("91330411MA000023BA"),
        TokenScope.park("XZ-HTZ"), TokenScope.district("330411"))) {
      assertThat(TokenScope.parse(scope.toString())).isEqualTo(scope);
    }
    assertThat(TokenScope.district("330411")).hasToString("district:330411");
  }

  @Test
  void refusesWhatIsNoScope() {
    for (String text : List.of("enterprise:", "root", ":330411", "admin:x", "District:330411", "")) {
      assertThatThrownBy(() -> TokenScope.parse(text)).as(text).hasMessageContaining("is not a token scope");
    }
  }
}
