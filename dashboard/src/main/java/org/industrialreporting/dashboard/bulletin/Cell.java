package org.industrialreporting.dashboard.bulletin;

import org.industrialreporting.dashboard.display.DisplayUnit;
import org.industrialreporting.dashboard.display.Formats;

/**
 * One cell of a bulletin table: the text a reader sees (亿元, one-decimal percentages) and the exact value it was
 * formatted from (yuan, kgce, basis points as integers; a name or code as itself; null for a figure that is
 * undefined, shown {@code —}), which CSV and XLSX carry; and a traffic light for the cells that have one.
 */
public record Cell(String text, Object exact, Light light) {

  /** A traffic light (红绿灯) of a key energy-using unit's budget. */
  public enum Light {
    RED("红灯"), YELLOW("黄灯"), GREEN("绿灯");

    private final String label;

    Light(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public static Cell text(String text) {
    String value = text == null ? "" : text;
    return new Cell(value, value, null);
  }

  /** A whole number shown as it is (a count, a rank). */
  public static Cell count(long value) {
    return new Cell(Long.toString(value), value, null);
  }

  /** A stored figure in the unit shown; {@code —} and no figure when undefined. */
  public static Cell amount(DisplayUnit unit, Long stored) {
    return new Cell(unit.format(stored), stored, null);
  }

  /** A growth rate with its sign, exact in basis points. */
  public static Cell growth(Integer basisPoints) {
    return new Cell(Formats.growth(basisPoints), basisPoints, null);
  }

  /** A share or completion rate, exact in basis points. */
  public static Cell percent(Integer basisPoints) {
    return new Cell(Formats.percent(basisPoints), basisPoints, null);
  }

  public static Cell light(Light light) {
    return new Cell(light.label(), light.name(), light);
  }
}
