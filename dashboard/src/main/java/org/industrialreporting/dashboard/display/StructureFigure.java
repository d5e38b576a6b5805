package org.industrialreporting.dashboard.display;

import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.industrialreporting.avro.Structure;

/** The structure figures of a rollup (产业结构): a tagged industry's value added or output and its share. */
public enum StructureFigure {
  STRATEGIC_EMERGING("strategic_emerging", "战略性新兴产业增加值",
      Structure::getStrategicEmergingValueAddedYuan, Structure::getStrategicEmergingShareBp),
  HIGH_TECH("high_tech", "高新技术产业产值",
      Structure::getHighTechOutputValueYuan, Structure::getHighTechOutputShareBp),
  EQUIPMENT_MANUFACTURING("equipment_manufacturing", "装备制造业增加值",
      Structure::getEquipmentManufacturingValueAddedYuan, Structure::getEquipmentManufacturingShareBp),
  DIGITAL_ECONOMY_CORE("digital_economy_core", "数字经济核心产业制造业增加值",
      Structure::getDigitalEconomyCoreValueAddedYuan, Structure::getDigitalEconomyCoreShareBp);

  private final String key;
  private final String label;
  private final ToLongFunction<Structure> yuan;
  private final Function<Structure, Integer> shareBp;

  StructureFigure(String key, String label, ToLongFunction<Structure> yuan, Function<Structure, Integer> shareBp) {
    this.key = key;
    this.label = label;
    this.yuan = yuan;
    this.shareBp = shareBp;
  }

  /** The prefix of the figure's fields in {@link Structure}, e.g. {@code strategic_emerging}. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The industry's value added (output for high-tech), yuan. */
  public long yuan(Structure structure) {
    return yuan.applyAsLong(structure);
  }

  /** Its share of the scope's value added (output for high-tech), basis points; null when the total is zero. */
  public Integer shareBp(Structure structure) {
    return shareBp.apply(structure);
  }
}
