package org.industrialreporting.domain.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.indicator.ParkIndicator;
import org.industrialreporting.domain.indicator.Unit;

/**
 * The kinds of input file and their columns. The kind is told by the header's identifying columns:
 * <ul>
 *   <li>with {@code period}: {@code credit_code} makes an enterprise report, {@code park_id} a park report;</li>
 *   <li>without {@code period}: {@code scope_type} makes targets, {@code credit_code} the enterprise registry,
 *       {@code park_id} the park registry.</li>
 * </ul>
 * Columns of another kind are then unknown columns of this one, reported as such.
 */
public enum FileKind {
  ENTERPRISE_REPORT("enterprise report file", Stream.concat(
      Stream.of(Columns.CREDIT_CODE, Columns.PERIOD), Stream.of(EnterpriseIndicator.values()).map(Column::of)).toList()),
  PARK_REPORT("park report file", Stream.concat(
      Stream.of(Columns.PARK_ID, Columns.PERIOD), Stream.of(ParkIndicator.values()).map(Column::of)).toList()),
  ENTERPRISES("enterprise registry file", List.of(
      Columns.CREDIT_CODE, Columns.NAME, Columns.DISTRICT_CODE,
      Column.optional("park_id", "园区代码"), Column.optional("town", "乡镇街道"),
      Column.required("industry_code", "行业代码"), Column.optional("tags", "企业标签"),
      Column.optional("above_scale", "规上企业"), Column.optional("above_scale_by_year", "分年度规上"),
      Column.optional("key_energy_user", "重点用能单位"),
      Column.optional("land_area_mu", Unit.MU, "用地面积"),
      Column.optional("energy_budget_tce", Unit.TCE, "用能预算"))),
  PARKS("park registry file", List.of(
      Columns.PARK_ID, Columns.NAME, Columns.DISTRICT_CODE, Column.required("level", "园区级别"),
      Column.optional("parent_park_id", "上级园区代码"))),
  TARGETS("targets file", List.of(
      Column.required("scope_type", "范围类型"), Column.required("scope_id", "范围代码"),
      Column.required("year", "年度"), Column.required("indicator", "指标"), Column.required("target", "目标值")));

  private final String description;
  private final List<Column> columns;

  FileKind(String description, List<Column> columns) {
    this.description = description;
    this.columns = columns;
  }

  /** What the file is, for messages, e.g. {@code park report file}. */
  public String description() {
    return description;
  }

  /** The description with its article, for sentences, e.g. {@code an enterprise report file}. */
  public String withArticle() {
    return ("aeiou".indexOf(description.charAt(0)) >= 0 ? "an " : "a ") + description;
  }

  /** The columns in the order of the English header the simulator and exports write. */
  public List<Column> columns() {
    return columns;
  }

  /** The English header: canonical column names in order. */
  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The kind a set of canonical column names identifies, or empty when it identifies none. */
  public static Optional<FileKind> detect(Set<String> names) {
    boolean creditCode = names.contains("credit_code");
    boolean parkId = names.contains("park_id");
    if (names.contains("period")) {
      return creditCode ? Optional.of(ENTERPRISE_REPORT) : parkId ? Optional.of(PARK_REPORT) : Optional.empty();
    }
    return names.contains("scope_type") ? Optional.of(TARGETS)
        : creditCode ? Optional.of(ENTERPRISES)
        : parkId ? Optional.of(PARKS)
        : Optional.empty();
  }

  /** Every column name or alias of any kind, for telling unknown headers apart. */
  static List<Column> allColumns() {
    List<Column> all = new ArrayList<>();
    for (FileKind kind : values()) {
      all.addAll(kind.columns);
    }
    return all;
  }

  /** Columns shared by several kinds. */
  private static final class Columns {
    static final Column CREDIT_CODE = Column.required("credit_code", "统一社会信用代码");
    static final Column PERIOD = Column.required("period", "报告期");
    static final Column PARK_ID = Column.required("park_id", "园区代码");
    static final Column NAME = Column.required("name", "名称", "企业名称", "园区名称");
    static final Column DISTRICT_CODE = Column.required("district_code", "行政区划代码");
  }
}
