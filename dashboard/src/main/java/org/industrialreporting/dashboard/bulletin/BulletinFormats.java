package org.industrialreporting.dashboard.bulletin;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.industrialreporting.domain.files.CsvWriter;

/**
 * A bulletin as Markdown and printable HTML for reading (figures in 亿元, 万吨标准煤, one-decimal percentages) and as
 * CSV with the exact figures (stored units: yuan, kgce, kWh; rates in basis points). All three show the same
 * sections and rows in the same order; {@link BulletinWorkbook} writes the XLSX.
 */
public final class BulletinFormats {

  private BulletinFormats() {
  }

  /** What a table without rows says, so that a printed table is never blank. */
  static final String NO_ROWS = "（本月无数据）";

  public static String markdown(Bulletin bulletin) {
    StringBuilder md = new StringBuilder("# ").append(bulletin.title()).append("\n\n");
    if (!bulletin.changes().isEmpty()) {
      md.append("**修订说明**（修订 ").append(bulletin.revision()).append("）：\n\n");
      bulletin.changes().forEach(change -> md.append("- ").append(change).append('\n'));
      md.append('\n');
    }
    md.append(subtitle(bulletin)).append("\n\n");
    bulletin.notices().forEach(notice -> md.append("> ").append(notice).append("\n"));
    md.append('\n');
    for (BulletinSection section : bulletin.sections()) {
      md.append(markdown(section));
    }
    return md.toString();
  }

  /** One section as Markdown: what its digest is taken of. */
  static String markdown(BulletinSection section) {
    StringBuilder md = new StringBuilder("## ").append(section.title()).append("\n\n");
    section.paragraphs().forEach(p -> md.append(p).append("\n\n"));
    for (BulletinTable table : section.tables()) {
      md.append("**").append(table.caption()).append("**\n\n| ");
      md.append(String.join(" | ", table.columns().stream().map(c -> cell(c.label())).toList())).append(" |\n|");
      for (int c = 0; c < table.columns().size(); c++) {
        md.append(numeric(table, c) ? "---:|" : "---|");
      }
      md.append('\n');
      for (List<Cell> row : table.rows()) {
        md.append("| ").append(String.join(" | ", row.stream().map(c -> cell(c.text())).toList())).append(" |\n");
      }
      if (table.rows().isEmpty()) {
        md.append("| ").append(NO_ROWS).append(" |").append(" |".repeat(table.columns().size() - 1)).append('\n');
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** Whether a column holds figures, which are right-aligned. */
  private static boolean numeric(BulletinTable table, int column) {
    return table.rows().stream().anyMatch(row -> row.get(column).exact() instanceof Number);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String subtitle(Bulletin bulletin) {
    return "区县代码 " + bulletin.districtCode() + "，报告期 " + bulletin.period()
        + (bulletin.revision() > 0 ? "，第 " + bulletin.revision() + " 版" : "")
        + (bulletin.provisional() ? "，初步数据" : "") + "。";
  }

  private static final String CSS = """
      body{font-family:"Songti SC","SimSun","Noto Serif CJK SC",serif;margin:2em auto;max-width:1200px;color:#111;\
      line-height:1.6}
      h1{font-family:"Heiti SC","SimHei","Noto Sans CJK SC",sans-serif;text-align:center;font-size:1.6em}
      h2{font-family:"Heiti SC","SimHei","Noto Sans CJK SC",sans-serif;font-size:1.2em;margin-top:1.6em}
      .subtitle{text-align:center;color:#444}
      .notice{border-left:4px solid #c60;background:#fff6e8;padding:.4em .8em}
      .revision{border:1px solid #999;padding:.4em .8em}
      table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.9em;width:100%}
      caption{font-weight:bold;text-align:left;padding:.2em 0}
      th,td{border:1px solid #666;padding:3px 6px;vertical-align:top}
      th{background:#eee}
      td.n{text-align:right;white-space:nowrap}
      .RED{background:#c00;color:#fff}.YELLOW{background:#fc0}.GREEN{background:#2a2;color:#fff}
      @page{size:A4 landscape;margin:15mm}
      @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}\
      thead{display:table-header-group}.RED,.YELLOW,.GREEN{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
      """;

  /** The bulletin as one self-contained HTML page (its CSS inline, nothing loaded), laid out for printing on A4. */
  public static String html(Bulletin bulletin) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(bulletin.title())).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>").append(escape(bulletin.title())).append("</h1>\n")
        .append("<p class=\"subtitle\">").append(escape(subtitle(bulletin))).append("</p>\n");
    if (!bulletin.changes().isEmpty()) {
      html.append("<div class=\"revision\"><strong>修订说明</strong>（修订 ").append(bulletin.revision())
          .append("）：<ul>\n");
      bulletin.changes().forEach(c -> html.append("<li>").append(escape(c)).append("</li>\n"));
      html.append("</ul></div>\n");
    }
    bulletin.notices().forEach(n -> html.append("<p class=\"notice\">").append(escape(n)).append("</p>\n"));
    for (BulletinSection section : bulletin.sections()) {
      html.append("<h2>").append(escape(section.title())).append("</h2>\n");
      section.paragraphs().forEach(p -> html.append("<p>").append(escape(p)).append("</p>\n"));
      for (BulletinTable table : section.tables()) {
        html.append("<table>\n<caption>").append(escape(table.caption())).append("</caption>\n<thead><tr>");
        table.columns().forEach(c -> html.append("<th>").append(escape(c.label())).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
          html.append("<tr>");
          for (Cell cell : row) {
            String css = cell.light() != null ? " class=\"" + cell.light() + "\""
                : cell.exact() instanceof Number ? " class=\"n\"" : "";
            html.append("<td").append(css).append('>').append(escape(cell.text())).append("</td>");
          }
          html.append("</tr>\n");
        }
        if (table.rows().isEmpty()) {
          html.append("<tr><td colspan=\"").append(table.columns().size()).append("\">").append(NO_ROWS)
              .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
      }
    }
    return html.append("</body>\n</html>\n").toString();
  }

  /**
   * The bulletin's tables as CSV with exact figures: the title and notices first, then each table as a block — its
   * section and caption, a heading row naming the stored units, its rows — with an empty line between blocks.
   */
  public static String csv(Bulletin bulletin) {
    StringWriter text = new StringWriter();
    CsvWriter csv = new CsvWriter(text);
    try {
      csv.row(List.of(bulletin.title()));
      for (String change : bulletin.changes()) {
        csv.row(List.of("修订说明", change));
      }
      for (String notice : bulletin.notices()) {
        csv.row(List.of("说明", notice));
      }
      for (BulletinSection section : bulletin.sections()) {
        for (BulletinTable table : section.tables()) {
          text.write("\n");
          csv.row(List.of(section.title() + "：" + table.caption()));
          csv.row(table.columns().stream().map(BulletinTable.Column::exactLabel).toList());
          for (List<Cell> row : table.rows()) {
            csv.row(row.stream().map(BulletinFormats::exact).toList());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /** The exact value of a cell as text: integers as they are, decimals in plain notation, nothing if undefined. */
  static String exact(Cell cell) {
    Object exact = cell.exact();
    if (exact == null) {
      return "";
    }
    return exact instanceof BigDecimal decimal ? decimal.toPlainString() : exact.toString();
  }

  /** SHA-256 (hex) of the content without revision marks: equal content, equal digest. */
  public static String contentSha256(Bulletin bulletin) {
    return sha256(markdown(bulletin.asRevision(0, List.of())));
  }

  /** SHA-256 (hex) of each section, by title, in order. */
  public static Map<String, String> sectionSha256(Bulletin bulletin) {
    Map<String, String> digests = new LinkedHashMap<>();
    for (BulletinSection section : bulletin.sections()) {
      digests.put(section.title(), sha256(markdown(section)));
    }
    return digests;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Every table of the bulletin with its section, in order. */
  static List<Map.Entry<BulletinSection, BulletinTable>> tables(Bulletin bulletin) {
    List<Map.Entry<BulletinSection, BulletinTable>> tables = new ArrayList<>();
    bulletin.sections().forEach(s -> s.tables().forEach(t -> tables.add(Map.entry(s, t))));
    return tables;
  }
}
