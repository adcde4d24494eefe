package id.rancang.strategy;

import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.Permission;
import id.rancang.shared.RowProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RPJMD, Renstra, RPJMN and SPBE items as an Excel sheet: exported with Indonesian headers, imported
 * all or nothing (existing items of the same kind and code are updated). Every problem of every
 * row is reported with its row, column and reason.
 */
@Service
@Transactional
public class AlignmentSpreadsheets {

    static final String SHEET = "RPJMD";

    /** Headers: the Indonesian label and the API field name are both accepted. */
    static final String[][] COLUMNS = {
        {"kind", "Jenis"}, {"code", "Kode"}, {"title", "Uraian"}, {"parentCode", "Kode Induk"}, {"officeCode", "OPD"}
    };

    private final Masterplans masterplans;
    private final Alignments alignments;

    AlignmentSpreadsheets(Masterplans masterplans, Alignments alignments) {
        this.masterplans = masterplans;
        this.alignments = alignments;
    }

    /** How many items an import created and updated. */
    public record ImportResult(int created, int updated) {}

    @Transactional(readOnly = true)
    public byte[] export(long masterplanId) {
        List<AlignmentItem> items = alignments.items(masterplanId);
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                header.createCell(c).setCellValue(COLUMNS[c][1]);
            }
            int r = 1;
            for (AlignmentItem item : items) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(item.kind().name());
                row.createCell(1).setCellValue(item.code());
                row.createCell(2).setCellValue(item.title());
                if (item.parentCode() != null) {
                    row.createCell(3).setCellValue(item.parentCode());
                }
                if (item.officeCode() != null) {
                    row.createCell(4).setCellValue(item.officeCode());
                }
            }
            sheet.setColumnWidth(2, 20_000);
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
        Map<Integer, AlignmentItemCommand> rows = read(in, problems);
        List<AlignmentItem> existing = alignments.items(masterplan.id());
        // Codes are matched in any case, as the pages match them: "m1" is the mission "M1".
        Map<String, String> known = new HashMap<>();
        existing.forEach(i -> known.put(key(i.kind(), i.code()), i.code()));
        Set<String> offices = alignments.officeCodes(masterplan);
        Map<String, Integer> inFile = new HashMap<>();
        rows.forEach((row, item) -> {
            if (item.kind() != null && item.code() != null) {
                Integer earlier = inFile.putIfAbsent(key(item.kind(), item.code()), row);
                if (earlier != null) {
                    problems.add(new FieldProblem(
                            "rows[" + row + "].code", "import.code.duplicate", new Object[] {item.code(), earlier}));
                }
            }
            String office = item.officeCode();
            if (office != null
                    && !office.isBlank()
                    && !offices.contains(office.strip().toUpperCase(Locale.ROOT))) {
                problems.add(new FieldProblem(
                        "rows[" + row + "].officeCode", "alignment.office.unknown", new Object[] {office.strip()}));
            }
        });
        rows.forEach((row, item) -> {
            String parent = item.parentCode();
            if (item.kind() == null || parent == null || parent.isBlank()) {
                return;
            }
            boolean found = item.kind()
                    .parentKind()
                    .map(k -> known.containsKey(key(k, parent)) || inFile.containsKey(key(k, parent)))
                    .orElse(false);
            if (!found) {
                problems.add(new FieldProblem(
                        "rows[" + row + "].parentCode", "alignment.parent.unknown", new Object[] {parent}));
            }
        });
        if (!problems.isEmpty()) {
            throw RowProblem.rejected(new InvalidInputException(problems), AlignmentSpreadsheets::label);
        }
        int created = 0;
        List<AlignmentItemCommand> ordered = rows.values().stream()
                .sorted(Comparator.comparing(AlignmentItemCommand::kind))
                .toList();
        for (AlignmentItemCommand item : ordered) {
            String existingCode = known.get(key(item.kind(), item.code()));
            if (existingCode != null) {
                alignments.update(
                        masterplan.id(),
                        new AlignmentItemCommand(
                                item.kind(), existingCode, item.title(), item.parentCode(), item.officeCode()));
            } else {
                alignments.create(masterplan.id(), item);
                created++;
            }
        }
        return new ImportResult(created, rows.size() - created);
    }

    private static String key(AlignmentKind kind, String code) {
        return kind + "/" + code.strip().toUpperCase(Locale.ROOT);
    }

    private static String label(String field) {
        for (String[] column : COLUMNS) {
            if (column[0].equals(field)) {
                return column[1];
            }
        }
        return null;
    }

    private static Map<Integer, AlignmentItemCommand> read(InputStream in, List<FieldProblem> problems) {
        Map<Integer, AlignmentItemCommand> rows = new java.util.LinkedHashMap<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw InvalidInputException.of("file", "import.empty");
            }
            Map<Integer, String> fields = new HashMap<>();
            for (Cell cell : header) {
                String text = formatter.formatCellValue(cell).strip();
                if (text.isEmpty()) {
                    continue;
                }
                String field = null;
                for (String[] column : COLUMNS) {
                    if (column[0].equalsIgnoreCase(text) || column[1].equalsIgnoreCase(text)) {
                        field = column[0];
                    }
                }
                if (field == null) {
                    problems.add(new FieldProblem("header", "import.header.unknown", new Object[] {text}));
                } else {
                    fields.put(cell.getColumnIndex(), field);
                }
            }
            for (String required : List.of("kind", "code", "title")) {
                if (!fields.containsValue(required)) {
                    problems.add(new FieldProblem("header", "import.header.missing", new Object[] {required}));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(List.copyOf(problems));
            }
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new HashMap<>();
                if (row != null) {
                    fields.forEach((column, field) -> {
                        String text =
                                formatter.formatCellValue(row.getCell(column)).strip();
                        if (!text.isEmpty()) {
                            values.put(field, text);
                        }
                    });
                }
                if (!values.isEmpty()) {
                    rows.put(r + 1, command(values, "rows[" + (r + 1) + "].", problems));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "import.unreadable");
        }
        return rows;
    }

    private static AlignmentItemCommand command(Map<String, String> v, String prefix, List<FieldProblem> problems) {
        AlignmentKind kind = null;
        String kindText = v.get("kind");
        if (kindText == null) {
            problems.add(new FieldProblem(prefix + "kind", "alignment.kind.required", new Object[0]));
        } else {
            try {
                kind = AlignmentKind.valueOf(kindText.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(prefix + "kind", "import.value.unknown", new Object[] {kindText}));
            }
        }
        String code = v.get("code");
        if (code == null) {
            problems.add(new FieldProblem(prefix + "code", "alignment.code.required", new Object[0]));
        } else if (code.length() > 40) {
            problems.add(new FieldProblem(prefix + "code", "alignment.code.size", new Object[0]));
        }
        String title = v.get("title");
        if (title == null) {
            problems.add(new FieldProblem(prefix + "title", "alignment.title.required", new Object[0]));
        } else if (title.length() > 500) {
            problems.add(new FieldProblem(prefix + "title", "alignment.title.size", new Object[0]));
        }
        return new AlignmentItemCommand(kind, code, title, v.get("parentCode"), v.get("officeCode"));
    }
}
