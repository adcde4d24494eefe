package id.rancang.programme;

import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.Permission;
import id.rancang.shared.RowProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme list as an Excel workbook: exported with Indonesian headers, imported all or
 * nothing. An import reports every problem of every row at once (its row, column and reason) and
 * changes nothing unless all rows are valid.
 */
@Service
@Transactional
public class ProgrammeSpreadsheets {

    static final String SHEET = "Program";
    static final int MAX_ROWS = 1000;

    private final Masterplans masterplans;
    private final Programmes programmes;

    ProgrammeSpreadsheets(Masterplans masterplans, Programmes programmes) {
        this.masterplans = masterplans;
        this.programmes = programmes;
    }

    /** How many programmes an import created and updated. */
    public record ImportResult(int created, int updated) {}

    @Transactional(readOnly = true)
    public byte[] export(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        List<SpreadsheetColumns.Column> columns = SpreadsheetColumns.all(masterplan.horizonYears());
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).label());
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (Programme p : programmes.all(masterplan)) {
                Row row = sheet.createRow(r++);
                Map<String, Object> values = values(p);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = values.get(columns.get(c).field());
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, c == 1 ? 12_000 : 4_500);
            }
            Sheet fields = workbook.createSheet("Kolom");
            for (int c = 0; c < columns.size(); c++) {
                Row row = fields.createRow(c);
                row.createCell(0).setCellValue(columns.get(c).label());
                row.createCell(1).setCellValue(columns.get(c).field());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the workbook", e);
        }
    }

    public ImportResult importWorkbook(long masterplanId, InputStream in) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        if (in == null) {
            throw InvalidInputException.of("file", "import.empty");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<Integer, ProgrammeCommand> rows = read(in, masterplan.horizonYears(), problems);
        try {
            return programmes.importAll(masterplan, rows, problems);
        } catch (InvalidInputException e) {
            List<SpreadsheetColumns.Column> columns = SpreadsheetColumns.all(masterplan.horizonYears());
            throw RowProblem.rejected(
                    e,
                    field -> columns.stream()
                            .filter(c -> c.field().equals(field))
                            .map(SpreadsheetColumns.Column::label)
                            .findFirst()
                            .orElse(null));
        }
    }

    private static Map<String, Object> values(Programme p) {
        Map<String, Object> values = new HashMap<>();
        values.put("code", p.code());
        values.put("name", p.name());
        values.put("description", p.description());
        values.put("dimension", p.dimension());
        values.put("subDimension", p.subDimension());
        values.put("ownerOffice", p.ownerOffice());
        values.put("supportingOffices", String.join(", ", p.supportingOffices()));
        values.put("innovation", p.innovation());
        values.put(
                "innovationType",
                p.innovationType() == null ? null : p.innovationType().name());
        values.put("startYear", p.startYear());
        values.put("durationYears", p.durationYears());
        values.put("fundingSource", p.fundingSource().name());
        values.put("value", p.value());
        values.put("mandatory", p.mandatory() ? "Ya" : "Tidak");
        values.put("earliestStartYear", p.earliestStartYear());
        values.put("latestEndYear", p.latestEndYear());
        values.put("dependsOn", String.join(", ", p.dependsOn()));
        values.put("quickWin", p.quickWin() ? "Ya" : "Tidak");
        values.put("status", p.status().name());
        for (int i = 0; i < p.costs().size(); i++) {
            values.put("costs[" + i + "]", p.costs().get(i));
        }
        return values;
    }

    /** The rows by spreadsheet row number (the header is row 1). */
    /** The rows, adding values that cannot be read to {@code problems} (the rules check the rest). */
    private static Map<Integer, ProgrammeCommand> read(InputStream in, int years, List<FieldProblem> problems) {
        Map<Integer, ProgrammeCommand> commands = new LinkedHashMap<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw InvalidInputException.of("file", "import.empty");
            }
            Map<Integer, String> fields = new HashMap<>();
            for (Cell cell : header) {
                String text = formatter.formatCellValue(cell);
                if (text.isBlank()) {
                    continue;
                }
                var column = SpreadsheetColumns.find(text, years);
                if (column.isEmpty()) {
                    problems.add(new FieldProblem("header", "import.header.unknown", new Object[] {text}));
                } else {
                    fields.put(cell.getColumnIndex(), column.get().field());
                }
            }
            if (!fields.containsValue("code")) {
                problems.add(new FieldProblem("header", "import.header.missing", new Object[] {"Kode / code"}));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(List.copyOf(problems));
            }
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new HashMap<>();
                if (row != null) {
                    fields.forEach((column, field) -> {
                        String text = text(row.getCell(column), formatter);
                        if (!text.isBlank()) {
                            values.put(field, text.strip());
                        }
                    });
                }
                if (values.isEmpty()) {
                    continue;
                }
                if (commands.size() >= MAX_ROWS) {
                    throw InvalidInputException.of("file", "import.tooManyRows", MAX_ROWS);
                }
                commands.put(r + 1, command(values, "rows[" + (r + 1) + "].", problems));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "import.unreadable");
        }
        return commands;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return formatter.formatCellValue(cell);
    }

    private static ProgrammeCommand command(Map<String, String> v, String prefix, List<FieldProblem> problems) {
        Integer duration = integer(v, "durationYears", prefix, problems);
        List<BigDecimal> costs = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < 10; i++) {
            if (v.containsKey("costs[" + i + "]")) {
                last = i;
            }
        }
        int count = Math.max(last + 1, duration == null ? 0 : Math.min(duration, 10));
        for (int i = 0; i < count; i++) {
            String text = v.get("costs[" + i + "]");
            costs.add(
                    text == null
                            ? null
                            : decimal(text.replace(".", "").replace(" ", ""), prefix + "costs[" + i + "]", problems));
        }
        return new ProgrammeCommand(
                v.get("code"),
                v.get("name"),
                v.get("description"),
                v.get("dimension"),
                v.get("subDimension"),
                v.get("ownerOffice"),
                list(v.get("supportingOffices")),
                v.get("innovation"),
                enumValue(InnovationType.class, v, "innovationType", prefix, problems),
                null,
                integer(v, "startYear", prefix, problems),
                duration,
                costs,
                enumValue(FundingSource.class, v, "fundingSource", prefix, problems),
                v.containsKey("value") ? decimal(v.get("value").replace(',', '.'), prefix + "value", problems) : null,
                yes(v, "mandatory", prefix, problems),
                integer(v, "earliestStartYear", prefix, problems),
                integer(v, "latestEndYear", prefix, problems),
                list(v.get("dependsOn")),
                null,
                null,
                enumValue(ProgrammeStatus.class, v, "status", prefix, problems),
                yes(v, "quickWin", prefix, problems),
                null,
                null);
    }

    private static List<String> list(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,;]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** "Ya" or "Tidak" (also y/n, yes/no, true/false, 1/0); empty is "Tidak"; anything else is refused. */
    private static boolean yes(Map<String, String> v, String field, String prefix, List<FieldProblem> problems) {
        String text = v.get(field);
        String answer = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (List.of("ya", "y", "true", "1", "yes").contains(answer)) {
            return true;
        }
        if (!List.of("", "tidak", "t", "n", "no", "false", "0").contains(answer)) {
            problems.add(new FieldProblem(prefix + field, "import.yesNo", new Object[] {text}));
        }
        return false;
    }

    private static Integer integer(Map<String, String> v, String field, String prefix, List<FieldProblem> problems) {
        String text = v.get(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(new FieldProblem(prefix + field, "typeMismatch", new Object[0]));
            return null;
        }
    }

    private static BigDecimal decimal(String text, String field, List<FieldProblem> problems) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "typeMismatch", new Object[0]));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(
            Class<E> type, Map<String, String> v, String field, String prefix, List<FieldProblem> problems) {
        String text = v.get(field);
        if (text == null) {
            return null;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(wanted))
                .findFirst()
                .orElseGet(() -> {
                    problems.add(new FieldProblem(prefix + field, "import.value.unknown", new Object[] {text}));
                    return null;
                });
    }
}
