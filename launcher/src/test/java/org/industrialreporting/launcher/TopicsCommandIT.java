package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedKafka.class)
class TopicsCommandIT {

  @Test
  void createsTopicsThenFindsThemInPlace(EmbeddedKafka kafka, TestInfo test) {
    String prefix = TestNames.prefix(test);
    Map<String, String> env = Map.of("REPORTING_BOOTSTRAP_SERVERS", kafka.bootstrapServers());

    Cli.Run first = Cli.run(env, "topics", "--topic-prefix", prefix, "--partitions", "2");
    Cli.Run second = Cli.run(env, "topics", "--topic-prefix", prefix, "--partitions", "2");

    assertThat(first.status()).isZero();
    assertThat(first.out()).contains(prefix + "indicator-reports").contains("created").doesNotContain(" ok");
    assertThat(second.status()).isZero();
    assertThat(second.out()).doesNotContain("created");
    assertThat(second.out().lines().filter(l -> l.endsWith(" ok"))).hasSize(13);
  }

  @Test
  void exitsWithFindingsWhenATopicHasOtherSettings(EmbeddedKafka kafka, TestInfo test) {
    String prefix = TestNames.prefix(test);
    Map<String, String> env = Map.of();
    Cli.run(env, "topics", "--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix", prefix, "--partitions", "2");

    Cli.Run other = Cli.run(env, "topics", "--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix", prefix,
        "--partitions", "3");

    assertThat(other.status()).isEqualTo(ReportingCli.EXIT_FINDINGS);
    assertThat(other.out()).contains("DIFFERENT SETTINGS");
    assertThat(other.err()).contains(prefix + "indicator-reports: partitions is 2, expected 3");
  }
}
