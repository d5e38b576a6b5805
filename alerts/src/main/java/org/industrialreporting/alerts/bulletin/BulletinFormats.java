package org.industrialreporting.alerts.bulletin;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.industrialreporting.anomaly.AlertLabels;
import org.industrialreporting.anomaly.AlertText;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.domain.files.CsvWriter;

/**
 * A bulletin as Markdown and HTML for reading (figures in tonnes and 10,000 yuan) and as CSV for spreadsheets
 * (figures exact, in the stored units of {@code AnomalyAlert}). The three list the same alerts in the same order.
 */
public final class BulletinFormats {

  private static final List<String> COLUMNS = List.of("序号", "预警", "类型", "企业/范围", "代码", "园区", "行业", "指标",
      "本期", "基期", "比较", "变化", "说明");
  private static final List<String> CSV_COLUMNS = List.of("rank", "severity", "kind", "scope_type", "scope_id",
      "scope_name", "park_id", "industry_code", "indicator", "comparison", "current_value", "baseline_value",
      "change_bp", "score", "threshold", "alert_id", "revision", "explanation");

  private BulletinFormats() {
  }

  public static String title(Bulletin bulletin) {
    return bulletin.districtName() + " " + AlertText.period(bulletin.period()) + "工业企业能耗与产值异常情况通报";
  }

  private static String summary(Bulletin bulletin) {
    return "区县代码 " + bulletin.districtCode() + "，报告期 " + bulletin.period() + "，预警 " + bulletin.alerts().size()
        + " 条（红色 " + bulletin.count(Severity.RED) + " 条，黄色 " + bulletin.count(Severity.YELLOW) + " 条）。";
  }

  public static String markdown(Bulletin bulletin) {
    StringBuilder md = new StringBuilder("# ").append(title(bulletin)).append("\n\n").append(summary(bulletin))
        .append("\n\n## 预警统计\n\n| 类型 | 红色 | 黄色 | 合计 |\n|---|---:|---:|---:|\n");
    for (List<String> row : countRows(bulletin)) {
      md.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    md.append("\n## 预警明细\n\n| ").append(String.join(" | ", COLUMNS)).append(" |\n|")
        .append("---|".repeat(COLUMNS.size())).append('\n');
    for (List<String> row : alertRows(bulletin)) {
      md.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList()))
          .append(" |\n");
    }
    return md.toString();
  }

  public static String html(Bulletin bulletin) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title(bulletin))).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}")
        .append("th,td{border:1px solid #999;padding:4px 8px;vertical-align:top}td.n{text-align:right}")
        .append(".RED{color:#fff;background:#c00}.YELLOW{background:#fc0}\n</style>\n</head>\n<body>\n<h1>")
        .append(escape(title(bulletin))).append("</h1>\n<p>").append(escape(summary(bulletin)))
        .append("</p>\n<h2>预警统计</h2>\n<table>\n<tr><th>类型</th><th>红色</th><th>黄色</th><th>合计</th></tr>\n");
    for (List<String> row : countRows(bulletin)) {
      html.append("<tr><td>").append(escape(row.get(0))).append("</td>");
      row.subList(1, row.size()).forEach(c -> html.append("<td class=\"n\">").append(c).append("</td>"));
      html.append("</tr>\n");
    }
    html.append("</table>\n<h2>预警明细</h2>\n<table>\n<tr>");
    COLUMNS.forEach(c -> html.append("<th>").append(c).append("</th>"));
    html.append("</tr>\n");
    List<List<String>> rows = alertRows(bulletin);
    for (int i = 0; i < rows.size(); i++) {
      html.append("<tr>");
      for (int c = 0; c < rows.get(i).size(); c++) {
        String css = c == 1 ? " class=\"" + bulletin.alerts().get(i).getSeverity() + "\"" : "";
        html.append("<td").append(css).append('>').append(escape(rows.get(i).get(c))).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</table>\n</body>\n</html>\n").toString();
  }

  public static String csv(Bulletin bulletin) {
    StringWriter text = new StringWriter();
    CsvWriter csv = new CsvWriter(text);
    try {
      csv.row(CSV_COLUMNS);
      int rank = 0;
      for (AnomalyAlert a : bulletin.alerts()) {
        csv.row(List.of(Integer.toString(++rank), a.getSeverity().name(), a.getKind().name(), a.getScopeType().name(),
            a.getScopeId(), text(a.getScopeName()), text(a.getParkId()), text(a.getIndustryCode()), a.getIndicator(),
            a.getComparison().name(), text(a.getCurrentValue()), text(a.getBaselineValue()), text(a.getChangeBp()),
            text(a.getScore()), text(a.getThreshold()), a.getAlertId(), Integer.toString(a.getRevision()),
            a.getExplanation()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  private static List<List<String>> countRows(Bulletin bulletin) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<AlertKind, Map<Severity, Long>> kind : bulletin.counts().entrySet()) {
      long red = kind.getValue().getOrDefault(Severity.RED, 0L);
      long yellow = kind.getValue().getOrDefault(Severity.YELLOW, 0L);
      rows.add(List.of(AlertLabels.kind(kind.getKey()), Long.toString(red), Long.toString(yellow),
          Long.toString(red + yellow)));
    }
    long red = bulletin.count(Severity.RED);
    long yellow = bulletin.count(Severity.YELLOW);
    rows.add(List.of("合计", Long.toString(red), Long.toString(yellow), Long.toString(red + yellow)));
    return rows;
  }

  private static List<List<String>> alertRows(Bulletin bulletin) {
    List<List<String>> rows = new ArrayList<>();
    int rank = 0;
    for (AnomalyAlert a : bulletin.alerts()) {
      rows.add(List.of(Integer.toString(++rank), a.getSeverity() == Severity.RED ? "红色" : "黄色",
          AlertLabels.kind(a.getKind()), a.getScopeName() == null ? a.getScopeId() : a.getScopeName(), a.getScopeId(),
          text(a.getParkId()), text(a.getIndustryCode()), AlertLabels.indicator(a.getIndicator()),
          amount(a, a.getCurrentValue()), amount(a, a.getBaselineValue()), AlertLabels.comparison(a.getComparison()),
          AlertText.percent(a.getChangeBp()), a.getExplanation()));
    }
    return rows;
  }

  private static String amount(AnomalyAlert alert, Long value) {
    return value == null ? "—" : AlertText.amount(alert.getIndicator(), value);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
