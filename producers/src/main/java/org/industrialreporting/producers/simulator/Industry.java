package org.industrialreporting.producers.simulator;

import java.util.EnumMap;
import java.util.Map;
import org.industrialreporting.avro.EnterpriseTag;

/**
 * Industries of the demo districts (GB/T 4754-2017 classes) with what drives their figures: typical size, value
 * added ratio, energy intensity and its fixed base load, electricity share, margins, seasonality, sensitivity to
 * the Spring Festival, and how likely each classification tag is.
 */
enum Industry {
  // code, word for names, median annual output (million yuan), value added ratio, energy kgce per yuan of output, base load,
  // kWh per kgce, margin, tax rate, R&D share, export share, season amplitude, peak month, festival sensitivity,
  // annual output per employee (million yuan), tag probabilities SE, HT, EQ, DC
  PHOTOVOLTAICS("C3825", "光伏", 300, .18, .008, .20, 7.0, .05, .025, .030, .35, .05, 12, .6, 3.0,
      .95, .6, 0, 0),
  OPTOELECTRONICS("C3976", "光电", 120, .24, .004, .15, 7.5, .07, .030, .060, .30, .05, 11, .7, 1.5,
      .7, .8, .2, .95),
  ELECTRONIC_CIRCUITS("C3982", "电子", 100, .22, .005, .15, 7.0, .06, .030, .045, .40, .06, 11, .8, 1.2,
      .3, .5, .3, .95),
  INDUSTRIAL_ROBOTS("C3491", "智能装备", 120, .28, .002, .10, 6.0, .08, .035, .050, .15, .08, 12, .8,
      1.5, .6, .7, 1, .1),
  MACHINE_TOOLS("C3421", "精密机械", 60, .26, .003, .10, 5.5, .06, .030, .035, .10, .10, 12, .9, 1.0,
      .2, .3, 1, 0),
  AVIATION("C3744", "航空", 150, .30, .002, .10, 5.5, .08, .035, .060, .20, .05, 12, .6, 1.5,
      .9, .9, 1, 0),
  KITCHEN_APPLIANCES("C3854", "智能家居", 80, .22, .003, .10, 6.0, .06, .030, .030, .30, .15, 10, 1.0,
      1.2, .1, .3, .6, .15),
  INTEGRATED_CEILINGS("C3853", "集成吊顶", 50, .21, .003, .10, 6.0, .05, .030, .020, .15, .12, 9, 1.0,
      .9, 0, .1, .4, 0),
  FURNITURE("C2110", "家居", 40, .20, .003, .10, 5.0, .05, .030, .015, .30, .15, 11, 1.0, .6,
      0, .05, 0, 0),
  FIBRE_WEAVING("C1751", "纺织", 60, .19, .025, .30, 4.0, .04, .025, .010, .25, .12, 10, 1.1, 1.0,
      0, .05, 0, 0),
  DYEING("C1713", "印染", 50, .20, .060, .35, 2.0, .04, .025, .010, .20, .12, 10, 1.1, .9, 0, 0, 0, 0),
  APPAREL("C1810", "服饰", 40, .22, .002, .05, 6.0, .05, .030, .010, .40, .25, 10, 1.3, .35,
      0, 0, 0, 0),
  PASTRY("C1411", "食品", 40, .25, .006, .15, 4.0, .07, .040, .010, .05, .35, 9, .7, .5, 0, 0, 0, 0),
  AUTO_PARTS("C3670", "汽车部件", 150, .22, .004, .12, 6.0, .06, .030, .030, .20, .06, 12, .8,
      1.5, .3, .4, 1, 0),
  NEW_ENERGY_VEHICLES("C3612", "新能源汽车", 1500, .20, .003, .12, 6.0, .04, .040, .040, .10, .10,
      12, .7, 3.0, 1, .8, 1, 0),
  RESINS("C2651", "新材料", 400, .18, .080, .50, 1.5, .06, .030, .020, .15, .03, 6, .2,
      3.0, .5, .4, 0, 0),
  STEEL_ROLLING("C3130", "钢材", 500, .15, .050, .40, 2.0, .03, .020, .010, .05, .04, 5, .4, 3.0,
      0, .1, 0, 0),
  APIS("C2710", "药业", 150, .35, .030, .30, 3.0, .12, .050, .060, .30, .05, 12, .4, 1.5,
      .9, .9, 0, 0),
  BIOLOGICS("C2761", "生物", 100, .40, .010, .25, 4.0, .15, .050, .100, .10, .05, 12, .5, 1.5,
      1, 1, 0, 0),
  MEDICAL_DEVICES("C3581", "医疗器械", 80, .35, .002, .10, 6.0, .12, .050, .080, .25, .05,
      12, .7, 1.2, .9, .9, 1, .1),
  CHINESE_MEDICINE("C2740", "制药", 80, .35, .008, .20, 3.0, .12, .050, .040, .02, .08, 12, .6, 1.0,
      .5, .6, 0, 0),
  CEMENT("C3011", "水泥", 300, .30, .280, .50, 1.2, .10, .050, .005, 0, .20, 11, 1.2, 3.0, 0, 0, 0, 0),
  CONCRETE("C3021", "建材", 60, .22, .020, .20, 3.0, .05, .030, .005, 0, .20, 11, 1.2, 1.0, 0, 0, 0, 0),
  GENERAL_PARTS("C3489", "机械", 50, .24, .004, .10, 5.5, .05, .030, .020, .10, .08, 12, .9, .8,
      0, .2, 1, 0);

  final String code;
  final String nameWord;
  final double medianAnnualOutputYuan;
  final double valueAddedRatio;
  final double kgcePerYuan;
  final double baseLoad;
  final double kwhPerKgce;
  final double margin;
  final double taxRate;
  final double rdShare;
  final double exportShare;
  final double seasonAmplitude;
  final int peakMonth;
  final double festivalSensitivity;
  final double outputPerEmployeeYuan;
  final Map<EnterpriseTag, Double> tagProbabilities;

  Industry(String code, String nameWord, double medianMillions, double valueAddedRatio,
      double kgcePerYuan, double baseLoad, double kwhPerKgce, double margin, double taxRate, double rdShare,
      double exportShare, double seasonAmplitude, int peakMonth, double festivalSensitivity,
      double outputPerEmployeeMillions, double strategicEmerging, double highTech, double equipment, double digital) {
    this.code = code;
    this.nameWord = nameWord;
    this.medianAnnualOutputYuan = medianMillions * 1e6;
    this.valueAddedRatio = valueAddedRatio;
    this.kgcePerYuan = kgcePerYuan;
    this.baseLoad = baseLoad;
    this.kwhPerKgce = kwhPerKgce;
    this.margin = margin;
    this.taxRate = taxRate;
    this.rdShare = rdShare;
    this.exportShare = exportShare;
    this.seasonAmplitude = seasonAmplitude;
    this.peakMonth = peakMonth;
    this.festivalSensitivity = festivalSensitivity;
    this.outputPerEmployeeYuan = outputPerEmployeeMillions * 1e6;
    Map<EnterpriseTag, Double> tags = new EnumMap<>(EnterpriseTag.class);
    tags.put(EnterpriseTag.STRATEGIC_EMERGING, strategicEmerging);
    tags.put(EnterpriseTag.HIGH_TECH, highTech);
    tags.put(EnterpriseTag.EQUIPMENT_MANUFACTURING, equipment);
    tags.put(EnterpriseTag.DIGITAL_ECONOMY_CORE, digital);
    this.tagProbabilities = Map.copyOf(tags);
  }
}
