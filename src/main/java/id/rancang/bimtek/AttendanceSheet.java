package id.rancang.bimtek;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The attendance sheet (daftar hadir) of a session as XLSX: a heading with the session, then one
 * row per registered participant with their office, category, how they attended and an empty
 * signature column, as the signed paper sheet has.
 */
public final class AttendanceSheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AttendanceSheet() {}

    /** {@code text} resolves message keys in the reader's language. */
    public static byte[] xlsx(
            String regionName, Session session, List<Attendee> attendees, Function<String, String> text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text.apply("bimtek.sheet.name"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle boxed = workbook.createCellStyle();
            boxed.setBorderBottom(BorderStyle.THIN);
            boxed.setBorderTop(BorderStyle.THIN);
            boxed.setBorderLeft(BorderStyle.THIN);
            boxed.setBorderRight(BorderStyle.THIN);

            DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("id-ID"));
            cell(sheet, 0, 0, text.apply("bimtek.sheet.title"), bold);
            cell(sheet, 1, 0, regionName, null);
            cell(sheet, 2, 0, session.title(), bold);
            cell(
                    sheet,
                    3,
                    0,
                    when.format(session.startsAt()) + " – " + when.format(session.endsAt()) + " "
                            + session.timeZone().name(),
                    null);
            cell(sheet, 4, 0, session.venue() == null ? "" : session.venue(), null);

            String[] headers = {
                "bimtek.sheet.number",
                "bimtek.participant.name",
                "bimtek.participant.position",
                "bimtek.participant.organisation",
                "bimtek.participant.category",
                "bimtek.attendance.presence",
                "bimtek.sheet.signature"
            };
            int headerRow = 6;
            for (int c = 0; c < headers.length; c++) {
                cell(sheet, headerRow, c, text.apply(headers[c]), bold);
            }
            int number = 0;
            for (Attendee attendee : attendees) {
                Participant p = attendee.participant();
                int r = headerRow + 1 + number;
                number++;
                Row row = sheet.createRow(r);
                row.setHeightInPoints(28);
                row.createCell(0).setCellValue(number);
                row.createCell(1).setCellValue(p.name());
                row.createCell(2).setCellValue(p.position() == null ? "" : p.position());
                row.createCell(3).setCellValue(p.affiliation() == null ? "" : p.affiliation());
                row.createCell(4).setCellValue(text.apply("bimtek.category." + p.category()));
                row.createCell(5)
                        .setCellValue(
                                attendee.presence() == null
                                        ? text.apply("bimtek.presence.ABSENT")
                                        : text.apply("bimtek.presence." + attendee.presence()));
                row.createCell(6).setCellValue("");
                for (int c = 0; c < headers.length; c++) {
                    row.getCell(c).setCellStyle(boxed);
                }
            }
            int[] widths = {6, 30, 26, 30, 16, 14, 22};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Sheet sheet, int row, int column, String value, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        var cell = r.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
