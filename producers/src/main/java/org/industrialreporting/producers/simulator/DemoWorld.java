package org.industrialreporting.producers.simulator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkLevel;

/**
 * The reference districts of the demo world (docs/product.md): Xiuzhou (330411, exactly 511 above-scale
 * enterprises), Changshu (320581) and Kaizhou (500154), with their parks and industries. Xiuzhou's high-tech zone
 * and its photovoltaic town form calibration group 1, the rest of Xiuzhou group 2; the other districts are not
 * calibrated.
 */
final class DemoWorld {

  /** Enterprises that fell below scale in mid-2025: in the registry, reporting until June 2025. */
  static final int EXITED_XIUZHOU = 12;
  static final YearMonth EXIT_LAST = YearMonth.of(2025, 6);
  /** Share of enterprises that became above-scale in 2026 and report from January 2026. */
  static final double NEW_IN_2026 = 0.04;
  private static final int INDUSTRY = 30;
  private static final int PLACE = 31;

  record District(String code, String name, String namePrefix, List<String> towns) {
  }

  /** A park and how many enterprises of which industries it has; a null park id stands for outside all parks. */
  record ParkPlan(String parkId, String name, ParkLevel level, String parentId, int enterprises,
      Map<Industry, Double> industries, String town, int group) {
  }

  static final District XIUZHOU = new District("330411", "秀洲区", "嘉兴", List.of("新城街道", "嘉北街道", "塘汇街道",
      "高照街道", "王店镇", "洪合镇", "新塍镇", "王江泾镇", "油车港镇"));
  static final District CHANGSHU = new District("320581", "常熟市", "常熟", List.of("虞山街道", "常福街道", "琴川街道",
      "莫城街道", "碧溪街道", "东南街道", "梅李镇", "海虞镇", "古里镇", "沙家浜镇", "支塘镇", "董浜镇", "尚湖镇", "辛庄镇"));
  static final District KAIZHOU = new District("500154", "开州区", "重庆开州", List.of("汉丰街道", "文峰街道", "云枫街道",
      "镇东街道", "丰乐街道", "白鹤街道", "赵家街道", "大德镇", "镇安镇"));
  static final List<District> DISTRICTS = List.of(XIUZHOU, CHANGSHU, KAIZHOU);

  static final Map<District, List<ParkPlan>> PLANS = Map.of(
      XIUZHOU, List.of(
          new ParkPlan("XZ-HTZ", "嘉兴秀洲高新技术产业开发区", ParkLevel.NATIONAL_HIGH_TECH, null, 120, Map.of(
              Industry.INDUSTRIAL_ROBOTS, 3.0, Industry.OPTOELECTRONICS, 2.0, Industry.ELECTRONIC_CIRCUITS, 3.0,
              Industry.MACHINE_TOOLS, 2.0, Industry.AVIATION, 1.0), null, 1),
          new ParkPlan("XZ-PV", "秀洲光伏小镇", ParkLevel.THEMED, "XZ-HTZ", 45, Map.of(Industry.PHOTOVOLTAICS, 1.0),
              "油车港镇", 1),
          new ParkPlan("XZ-EDZ", "秀洲经济开发区", ParkLevel.PROVINCIAL_ECONOMIC, null, 70, Map.of(
              Industry.FIBRE_WEAVING, 3.0, Industry.KITCHEN_APPLIANCES, 2.0, Industry.MACHINE_TOOLS, 2.0,
              Industry.FURNITURE, 1.0, Industry.PHOTOVOLTAICS, 1.0), null, 2),
          new ParkPlan("XZ-IM", "秀洲智能制造产业园", ParkLevel.THEMED, null, 35, Map.of(
              Industry.INDUSTRIAL_ROBOTS, 2.0, Industry.MACHINE_TOOLS, 2.0, Industry.ELECTRONIC_CIRCUITS, 1.0), null, 2),
          new ParkPlan("XZ-AV", "秀洲航空产业园", ParkLevel.THEMED, null, 15, Map.of(Industry.AVIATION, 1.0), null, 2),
          new ParkPlan("XZ-OE", "秀洲光电产业园", ParkLevel.THEMED, null, 25, Map.of(
              Industry.OPTOELECTRONICS, 3.0, Industry.ELECTRONIC_CIRCUITS, 1.0), null, 2),
          new ParkPlan("XZ-FD", "秀洲食品产业园", ParkLevel.THEMED, null, 20, Map.of(Industry.PASTRY, 1.0), null, 2),
          new ParkPlan("XZ-WD", "王店集成吊顶小微企业园", ParkLevel.SME_PARK, null, 40,
              Map.of(Industry.INTEGRATED_CEILINGS, 1.0), "王店镇", 2),
          new ParkPlan("XZ-WJJ", "王江泾智能家居小微企业园", ParkLevel.SME_PARK, null, 35, Map.of(
              Industry.KITCHEN_APPLIANCES, 2.0, Industry.FURNITURE, 2.0), "王江泾镇", 2),
          new ParkPlan(null, null, null, null, 106, Map.of(Industry.FIBRE_WEAVING, 3.0, Industry.DYEING, 2.0,
              Industry.APPAREL, 3.0, Industry.PASTRY, 1.0, Industry.MACHINE_TOOLS, 1.0), null, 2)),
      CHANGSHU, List.of(
          new ParkPlan("CS-ETDZ", "常熟经济技术开发区", ParkLevel.NATIONAL_ECONOMIC, null, 150, Map.of(
              Industry.AUTO_PARTS, 3.0, Industry.NEW_ENERGY_VEHICLES, 0.15, Industry.RESINS, 1.0,
              Industry.STEEL_ROLLING, 1.0, Industry.GENERAL_PARTS, 1.0), null, 0),
          new ParkPlan("CS-HTZ", "常熟高新技术产业开发区", ParkLevel.NATIONAL_HIGH_TECH, null, 110, Map.of(
              Industry.MEDICAL_DEVICES, 2.0, Industry.BIOLOGICS, 1.0, Industry.ELECTRONIC_CIRCUITS, 2.0,
              Industry.AUTO_PARTS, 1.0), null, 0),
          new ParkPlan("CS-YSHTZ", "虞山高新技术产业园区", ParkLevel.PROVINCIAL_HIGH_TECH, null, 60, Map.of(
              Industry.APIS, 2.0, Industry.MACHINE_TOOLS, 1.0, Industry.MEDICAL_DEVICES, 1.0), "虞山街道", 0),
          new ParkPlan("CS-NM", "常熟新材料产业园", ParkLevel.THEMED, null, 50, Map.of(
              Industry.RESINS, 3.0, Industry.STEEL_ROLLING, 1.0), "海虞镇", 0),
          new ParkPlan(null, null, null, null, 230, Map.of(Industry.APPAREL, 4.0, Industry.DYEING, 2.0,
              Industry.FIBRE_WEAVING, 2.0, Industry.AUTO_PARTS, 1.0, Industry.GENERAL_PARTS, 1.0), null, 0)),
      KAIZHOU, List.of(
          new ParkPlan("KZ-PL", "开州浦里新区", ParkLevel.PROVINCIAL_ECONOMIC, null, 50, Map.of(
              Industry.GENERAL_PARTS, 1.0, Industry.ELECTRONIC_CIRCUITS, 1.0, Industry.FURNITURE, 1.0), null, 0),
          new ParkPlan("KZ-BIO", "开州生物医药产业园", ParkLevel.THEMED, "KZ-PL", 40, Map.of(
              Industry.CHINESE_MEDICINE, 2.0, Industry.APIS, 1.0), null, 0),
          new ParkPlan("KZ-SH", "开州智能家居产业园", ParkLevel.THEMED, "KZ-PL", 40, Map.of(
              Industry.FURNITURE, 2.0, Industry.KITCHEN_APPLIANCES, 1.0), null, 0),
          new ParkPlan("KZ-EL", "开州电子信息产业园", ParkLevel.THEMED, "KZ-PL", 50, Map.of(
              Industry.ELECTRONIC_CIRCUITS, 2.0, Industry.OPTOELECTRONICS, 1.0), null, 0),
          new ParkPlan("KZ-EQ", "开州装备制造产业园", ParkLevel.THEMED, "KZ-PL", 40, Map.of(
              Industry.GENERAL_PARTS, 2.0, Industry.AUTO_PARTS, 1.0), null, 0),
          new ParkPlan("KZ-BM", "开州建材产业园", ParkLevel.THEMED, "KZ-PL", 30, Map.of(
              Industry.CEMENT, 1.0, Industry.CONCRETE, 2.0), null, 0),
          new ParkPlan(null, null, null, null, 50, Map.of(Industry.PASTRY, 1.0, Industry.APPAREL, 1.0,
              Industry.CONCRETE, 1.0), null, 0)));

  private DemoWorld() {
  }

  /** The parks of the demo world, parents before children. */
  static List<Park> parks() {
    List<Park> parks = new ArrayList<>();
    for (District district : DISTRICTS) {
      for (ParkPlan plan : PLANS.get(district)) {
        if (plan.parkId() != null) {
          parks.add(new Park(plan.parkId(), plan.name(), district.code(), plan.level(), plan.parentId()));
        }
      }
    }
    return parks;
  }

  /** The enterprises before calibration: per district, park by park, then Xiuzhou's enterprises that exited. */
  static List<EnterpriseProfile> draw(ProfileFactory factory, Draws draws) {
    List<EnterpriseProfile> profiles = new ArrayList<>();
    for (District district : DISTRICTS) {
      for (ParkPlan plan : PLANS.get(district)) {
        for (int k = 0; k < plan.enterprises(); k++) {
          int index = profiles.size();
          SplittableRandom r = draws.random(PLACE, index);
          YearMonth first = r.nextDouble() < NEW_IN_2026 ? YearMonth.of(2026, 1) : YearMonth.of(2000, 1);
          profiles.add(factory.draw(index, ProfileFactory.pick(draws.random(INDUSTRY, index), plan.industries()),
              placement(district, plan, r, first, null), null));
        }
      }
    }
    ParkPlan outside = PLANS.get(XIUZHOU).get(PLANS.get(XIUZHOU).size() - 1);
    for (int k = 0; k < EXITED_XIUZHOU; k++) {
      int index = profiles.size();
      profiles.add(factory.draw(index, ProfileFactory.pick(draws.random(INDUSTRY, index), outside.industries()),
          placement(XIUZHOU, outside, draws.random(PLACE, index), YearMonth.of(2000, 1), EXIT_LAST), null));
    }
    return profiles;
  }

  /** Expected monthly output of each park's own enterprises in mid-2025: the size of its park reports. */
  static List<ParkProfile> parkProfiles(List<EnterpriseProfile> enterprises, SeriesModel model) {
    Map<String, Double> sizes = new LinkedHashMap<>();
    for (EnterpriseProfile e : enterprises) {
      String parkId = e.enterprise().getParkId();
      if (parkId != null) {
        sizes.merge(parkId, model.expectedOutput(e, YearMonth.of(2025, 6)), Double::sum);
      }
    }
    List<ParkProfile> parks = new ArrayList<>();
    for (Park park : parks()) {
      int group = park.getParkId().equals(DemoHeadline.HIGH_TECH_ZONE)
          || park.getParkId().equals(DemoHeadline.PHOTOVOLTAIC_TOWN) ? 1 : 0;
      parks.add(new ParkProfile(parks.size(), park, group, sizes.getOrDefault(park.getParkId(), 0.0)));
    }
    return parks;
  }

  private static ProfileFactory.Placement placement(District district, ParkPlan plan, SplittableRandom r,
      YearMonth first, YearMonth last) {
    String town = plan.town() != null ? plan.town() : district.towns().get(r.nextInt(district.towns().size()));
    return new ProfileFactory.Placement(district.code(), district.namePrefix(), plan.parkId(), town, first, last,
        plan.group());
  }
}
