package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.avro.RejectionReason;
import org.industrialreporting.avro.Target;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code register}: the registry files into the compacted topics, with their references checked. */
@ExtendWith(SharedKafka.class)
class RegisterCommandIT {

  @TempDir
  Path dir;

  @Test
  void loadsParksEnterprisesAndTargetsCheckingEveryParkNamed(EmbeddedKafka kafka, TestInfo test) {
    try (TestPipeline pipeline = TestPipeline.start(kafka, TestNames.prefix(test))) {
      Path parks = SmallWorld.write(dir.resolve("parks.csv"), "park_id,name,district_code,level,parent_park_id",
          "XZ-PV,秀洲光伏小镇,330411,THEMED,XZ-HTZ",
          "XZ-HTZ,秀洲国家高新区,330411,NATIONAL_HIGH_TECH,",
          "XZ-AIR,航空园,330411,THEMED,XZ-NOWHERE");
      Path enterprises = SmallWorld.write(dir.resolve("enterprises.csv"), "credit_code,name,district_code,park_id,"
              + "town,industry_code,tags,above_scale,key_energy_user,land_area_mu,energy_budget_tce",
          SmallWorld.IN_TOWN + ",光伏甲,330411,XZ-PV,,C3825,HIGH_TECH,Y,N,20,",
          SmallWorld.IN_ZONE + ",航空乙,330411,XZ-AIR,,C3741,,Y,N,,");
      Path targets = SmallWorld.write(dir.resolve("targets.csv"), "scope_type,scope_id,year,indicator,target",
          "PARK,XZ-HTZ,2026,fixed_asset_investment,11000000", "DISTRICT,330411,2026,output_value,60000000");

      Cli.Run parkRun = pipeline.cli("register", "parks", parks.toString());
      Cli.Run enterpriseRun = pipeline.cli("register", "enterprises", enterprises.toString());
      Cli.Run targetRun = pipeline.cli("register", "targets", targets.toString());
      Cli.Run wrongKind = pipeline.cli("register", "enterprises", parks.toString());

      assertThat(parkRun.status()).isEqualTo(ReportingCli.EXIT_REJECTED);
      assertThat(parkRun.out()).contains("parks.csv:4  parent_park_id  UNKNOWN_PARK  parent_park_id 'XZ-NOWHERE'")
          .contains("parks.csv: park registry file, 3 rows read, 2 accepted, 1 rejected");
      assertThat(enterpriseRun.status()).isEqualTo(ReportingCli.EXIT_REJECTED);
      assertThat(enterpriseRun.out()).contains("enterprises.csv:3  park_id  UNKNOWN_PARK  park_id 'XZ-AIR'");
      assertThat(targetRun.status()).as(targetRun.out()).isZero();
      assertThat(wrongKind.out()).contains("parks.csv is a park registry file, which this command does not take"
          + " (it takes: enterprise registry file)");

      assertThat(pipeline.values(pipeline.topics().parkRegistry())).extracting(Park::getParkId)
          .containsExactlyInAnyOrder("XZ-PV", "XZ-HTZ");
      assertThat(pipeline.records(pipeline.topics().enterpriseRegistry())).extracting(r -> r.key())
          .containsExactly(SmallWorld.IN_TOWN);
      assertThat(pipeline.values(pipeline.topics().enterpriseRegistry())).extracting(Enterprise::getLandAreaCentimu)
          .containsExactly(2000L);
      assertThat(pipeline.records(pipeline.topics().targets())).extracting(r -> r.key()).containsExactlyInAnyOrder(
          "PARK|XZ-HTZ|2026|fixed_asset_investment", "DISTRICT|330411|2026|output_value");
      assertThat(pipeline.values(pipeline.topics().targets())).extracting(Target::getTarget)
          .containsExactlyInAnyOrder(11_000_000_000L, 60_000_000_000L);
      assertThat(pipeline.values(pipeline.topics().rejectedReports())).extracting(RejectedReport::getOrigin)
          .containsExactlyInAnyOrder("parks.csv:4", "enterprises.csv:3");
      assertThat(pipeline.values(pipeline.topics().rejectedReports())).allSatisfy(r -> {
        assertThat(r.getSource()).isEqualTo("register");
        assertThat(r.getReasons()).extracting(RejectionReason::getCode).containsExactly("UNKNOWN_PARK");
      });
    }
  }
}
