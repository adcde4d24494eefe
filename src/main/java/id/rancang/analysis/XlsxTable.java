package id.rancang.analysis;

import id.rancang.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes and reads one table per workbook: a header row of column labels, then one row per
 * record. Reading accepts either the label or the API field name as a header, in any order.
 */
final class XlsxTable {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** More rows than a regency's Buku 1 ever holds; keeps one upload within one short transaction. */
    static final int MAX_ROWS = 5000;

    /** A column: the API field name and its Indonesian label. */
    record Column(String field, String label) {}

    /** A data row read from a sheet: its 1-based number and its values by field name. */
    record ReadRow(int number, Map<String, String> values) {

        String get(String field) {
            String value = values.get(field);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private XlsxTable() {}

    /** A workbook with the data sheet and, optionally, a sheet of valid codes. */
    static byte[] write(
            String sheetName, List<Column> columns, List<List<Object>> rows, String codeSheet, List<String[]> codes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).label());
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, 24 * 256);
            }
            if (codeSheet != null) {
                Sheet help = workbook.createSheet(codeSheet);
                for (int r = 0; r < codes.size(); r++) {
                    Row row = help.createRow(r);
                    String[] values = codes.get(r);
                    for (int c = 0; c < values.length; c++) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
                help.setColumnWidth(0, 30 * 256);
                help.setColumnWidth(1, 50 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The data rows of the first sheet, skipping empty rows; a file that is empty, too large or
     * not an XLSX workbook is refused naming the field {@code file}.
     */
    static List<ReadRow> read(byte[] file, List<Column> columns) {
        if (file == null || file.length == 0) {
            throw InvalidInputException.of("file", "analysis.import.empty");
        }
        if (file.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "analysis.import.tooLarge", 10);
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            throw InvalidInputException.of("file", "analysis.import.notXlsx");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw InvalidInputException.of("file", "analysis.import.noRows");
            }
            Map<Integer, String> fieldByColumn = new LinkedHashMap<>();
            for (Cell cell : header) {
                String text = formatter.formatCellValue(cell).strip();
                columns.stream()
                        .filter(c ->
                                c.label().equalsIgnoreCase(text) || c.field().equalsIgnoreCase(text))
                        .findFirst()
                        .ifPresent(c -> fieldByColumn.put(cell.getColumnIndex(), c.field()));
            }
            List<ReadRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                fieldByColumn.forEach((index, field) -> {
                    Cell cell = row.getCell(index);
                    values.put(field, cell == null ? "" : formatter.formatCellValue(cell));
                });
                if (values.values().stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(new ReadRow(r + 1, values));
                }
            }
            if (rows.isEmpty()) {
                throw InvalidInputException.of("file", "analysis.import.noRows");
            }
            if (rows.size() > MAX_ROWS) {
                throw InvalidInputException.of("file", "analysis.import.tooManyRows", MAX_ROWS);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "analysis.import.notXlsx");
        }
    }
}
