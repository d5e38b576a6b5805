package org.industrialreporting.dashboard.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A bulletin as an XLSX workbook (Apache POI): a sheet 说明 with the title, notices, revision notes and every
 * section's text, then one sheet per table with the exact figures as numbers (stored units, rates in basis points,
 * as the CSV) under headings that name the units, and the traffic lights coloured.
 */
public final class BulletinWorkbook {

  /** The sheet with the bulletin's text. */
  public static final String TEXT_SHEET = "说明";

  private BulletinWorkbook() {
  }

  public static byte[] xlsx(Bulletin bulletin) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Map<Cell.Light, CellStyle> lights = new EnumMap<>(Cell.Light.class);
      lights.put(Cell.Light.RED, fill(workbook, IndexedColors.RED));
      lights.put(Cell.Light.YELLOW, fill(workbook, IndexedColors.GOLD));
      lights.put(Cell.Light.GREEN, fill(workbook, IndexedColors.BRIGHT_GREEN));

      Sheet text = workbook.createSheet(TEXT_SHEET);
      int line = 0;
      line = write(text, line, bulletin.title(), bold);
      for (String change : bulletin.changes()) {
        line = write(text, line, "修订说明：" + change, null);
      }
      for (String notice : bulletin.notices()) {
        line = write(text, line, notice, null);
      }
      for (BulletinSection section : bulletin.sections()) {
        line = write(text, line + 1, section.title(), bold);
        for (String paragraph : section.paragraphs()) {
          line = write(text, line, paragraph, null);
        }
      }
      text.setColumnWidth(0, 120 * 256);

      Set<String> names = new HashSet<>();
      for (Map.Entry<BulletinSection, BulletinTable> entry : BulletinFormats.tables(bulletin)) {
        BulletinTable table = entry.getValue();
        Sheet sheet = workbook.createSheet(sheetName(entry.getKey(), table, names));
        Row heading = sheet.createRow(0);
        List<BulletinTable.Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
          org.apache.poi.ss.usermodel.Cell cell = heading.createCell(c);
          cell.setCellValue(columns.get(c).exactLabel());
          cell.setCellStyle(bold);
          sheet.setColumnWidth(c, Math.min(60, Math.max(10, columns.get(c).exactLabel().length() * 2 + 2)) * 256);
        }
        for (int r = 0; r < table.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Cell> cells = table.rows().get(r);
          for (int c = 0; c < cells.size(); c++) {
            value(row.createCell(c), cells.get(c), lights);
          }
        }
        sheet.createFreezePane(0, 1);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the workbook of " + bulletin.title() + ": " + e.getMessage(), e);
    }
  }

  private static int write(Sheet sheet, int line, String text, CellStyle style) {
    org.apache.poi.ss.usermodel.Cell cell = sheet.createRow(line).createCell(0);
    cell.setCellValue(text);
    if (style != null) {
      cell.setCellStyle(style);
    }
    return line + 1;
  }

  private static void value(org.apache.poi.ss.usermodel.Cell cell, Cell value, Map<Cell.Light, CellStyle> lights) {
    Object exact = value.exact();
    if (exact instanceof Long || exact instanceof Integer) {
      cell.setCellValue(((Number) exact).longValue()); // exact: stored figures stay below 2^53
    } else if (exact instanceof BigDecimal decimal) {
      cell.setCellValue(decimal.doubleValue());
    } else {
      cell.setCellValue(BulletinFormats.exact(value));
    }
    if (value.light() != null) {
      cell.setCellStyle(lights.get(value.light()));
    }
  }

  private static CellStyle fill(XSSFWorkbook workbook, IndexedColors color) {
    CellStyle style = workbook.createCellStyle();
    style.setFillForegroundColor(color.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  /** A sheet name Excel takes (at most 31 characters, none of []:*?/\), unique in the workbook. */
  private static String sheetName(BulletinSection section, BulletinTable table, Set<String> taken) {
    String number = section.title().substring(0, section.title().indexOf('、') + 1);
    String base = WorkbookUtil.createSafeSheetName(number + table.caption());
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = WorkbookUtil.createSafeSheetName(base.substring(0, Math.min(base.length(), 28)) + i);
    }
    return name;
  }
}
