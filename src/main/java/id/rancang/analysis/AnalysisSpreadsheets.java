package id.rancang.analysis;

import id.rancang.framework.Framework;
import id.rancang.masterplan.Masterplan;
import id.rancang.region.Offices;
import id.rancang.shared.ImportRejectedException;
import id.rancang.shared.RowProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Excel round trip of problems, potentials and initiatives: a template with Indonesian column
 * labels and a sheet of valid codes, an export of the current list, and an all-or-nothing import
 * that reports every problem with its row and column.
 */
@Service
@Transactional
public class AnalysisSpreadsheets {

    static final List<XlsxTable.Column> ISSUE_COLUMNS = List.of(
            new XlsxTable.Column("dimension", "Dimensi"),
            new XlsxTable.Column("subDimension", "Subdimensi"),
            new XlsxTable.Column("title", "Judul"),
            new XlsxTable.Column("description", "Uraian"),
            new XlsxTable.Column("severity", "Tingkat (1-5)"),
            new XlsxTable.Column("districtCodes", "Kode Kecamatan/Desa"),
            new XlsxTable.Column("evidence.figure", "Data Pendukung"),
            new XlsxTable.Column("evidence.year", "Tahun Data"),
            new XlsxTable.Column("evidence.source", "Sumber Data"),
            new XlsxTable.Column("origin", "Asal"));

    static final List<XlsxTable.Column> INITIATIVE_COLUMNS = List.of(
            new XlsxTable.Column("name", "Nama"),
            new XlsxTable.Column("description", "Uraian"),
            new XlsxTable.Column("ownerOffice", "Perangkat Daerah"),
            new XlsxTable.Column("dimension", "Dimensi"),
            new XlsxTable.Column("subDimension", "Subdimensi"),
            new XlsxTable.Column("type", "Jenis"),
            new XlsxTable.Column("status", "Status"),
            new XlsxTable.Column("spbeService", "Layanan SPBE"));

    /**
     * Indonesian words accepted (and written) for the enumerations, besides their codes: the labels
     * the pages show.
     */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("TEAM", "Tim pelaksana"),
            Map.entry("BIMTEK", "Sesi Bimtek"),
            Map.entry("PUBLIC", "Masyarakat"),
            Map.entry("APPLICATION", "Aplikasi"),
            Map.entry("INFRASTRUCTURE", "Infrastruktur"),
            Map.entry("POLICY", "Kebijakan"),
            Map.entry("SERVICE", "Layanan"),
            Map.entry("DEVELOPMENT", "Pengembangan"),
            Map.entry("PILOT", "Uji Coba"),
            Map.entry("OPERATIONAL", "Beroperasi"),
            Map.entry("DISCONTINUED", "Dihentikan"));

    /** The shorter words that earlier exports wrote, still read. */
    private static final Map<String, String> EARLIER_WORDS =
            Map.of("TEAM", "Tim", "BIMTEK", "Bimtek", "PUBLIC", "Publik");

    private final Issues issues;
    private final Initiatives initiatives;
    private final MasterplanContext context;
    private final Offices offices;

    AnalysisSpreadsheets(Issues issues, Initiatives initiatives, MasterplanContext context, Offices offices) {
        this.issues = issues;
        this.initiatives = initiatives;
        this.context = context;
        this.offices = offices;
    }

    @Transactional(readOnly = true)
    public byte[] issueTemplate(long masterplanId) {
        Masterplan masterplan = context.read(masterplanId);
        return XlsxTable.write("Data", ISSUE_COLUMNS, List.of(), "Kode", codes(masterplan));
    }

    @Transactional(readOnly = true)
    public byte[] initiativeTemplate(long masterplanId) {
        Masterplan masterplan = context.read(masterplanId);
        return XlsxTable.write("Data", INITIATIVE_COLUMNS, List.of(), "Kode", codes(masterplan));
    }

    @Transactional(readOnly = true)
    public byte[] exportIssues(long masterplanId, IssueKind kind) {
        Masterplan masterplan = context.read(masterplanId);
        List<List<Object>> rows = issues.list(masterplanId, kind).stream()
                .map(i -> Arrays.<Object>asList(
                        i.dimension(),
                        i.subDimension(),
                        i.title(),
                        i.description(),
                        i.severity(),
                        String.join(", ", i.districtCodes()),
                        i.evidence() == null ? null : i.evidence().figure(),
                        i.evidence() == null ? null : i.evidence().year(),
                        i.evidence() == null ? null : i.evidence().source(),
                        WORDS.get(i.origin().name())))
                .toList();
        return XlsxTable.write("Data", ISSUE_COLUMNS, rows, "Kode", codes(masterplan));
    }

    @Transactional(readOnly = true)
    public byte[] exportInitiatives(long masterplanId) {
        Masterplan masterplan = context.read(masterplanId);
        List<List<Object>> rows = initiatives.list(masterplanId).stream()
                .map(i -> Arrays.<Object>asList(
                        i.name(),
                        i.description(),
                        i.ownerOffice(),
                        i.dimension(),
                        i.subDimension(),
                        WORDS.get(i.type().name()),
                        WORDS.get(i.status().name()),
                        i.spbeService()))
                .toList();
        return XlsxTable.write("Data", INITIATIVE_COLUMNS, rows, "Kode", codes(masterplan));
    }

    /** Imports problems or potentials; all or nothing. Returns the number imported. */
    public int importIssues(long masterplanId, IssueKind kind, byte[] file) {
        Masterplan masterplan = context.edit(masterplanId);
        List<XlsxTable.ReadRow> rows = XlsxTable.read(file, ISSUE_COLUMNS);
        List<RowProblem> problems = new ArrayList<>();
        List<IssueCommand> commands = new ArrayList<>();
        for (XlsxTable.ReadRow row : rows) {
            Integer severity = integer(row, "severity", problems);
            Integer year = integer(row, "evidence.year", problems);
            List<String> districts = row.get("districtCodes") == null
                    ? List.of()
                    : Arrays.stream(row.get("districtCodes").split("[,;\\s]+"))
                            .filter(s -> !s.isBlank())
                            .toList();
            commands.add(new IssueCommand(
                    row.get("dimension"),
                    row.get("subDimension"),
                    row.get("title"),
                    row.get("description"),
                    severity,
                    districts,
                    new Evidence(row.get("evidence.figure"), year, row.get("evidence.source")),
                    word(row, "origin", IssueOrigin.class, problems),
                    null));
        }
        for (int i = 0; i < rows.size(); i++) {
            int number = rows.get(i).number();
            issues.check(masterplan, commands.get(i)).forEach(p -> problems.add(RowProblem.of(number, p)));
        }
        rejectIfAny(problems, ISSUE_COLUMNS);
        issues.insertAll(masterplan, kind, commands);
        return commands.size();
    }

    /** Imports initiatives; all or nothing. Returns the number imported. */
    public int importInitiatives(long masterplanId, byte[] file) {
        Masterplan masterplan = context.edit(masterplanId);
        List<XlsxTable.ReadRow> rows = XlsxTable.read(file, INITIATIVE_COLUMNS);
        List<RowProblem> problems = new ArrayList<>();
        List<InitiativeCommand> commands = new ArrayList<>();
        for (XlsxTable.ReadRow row : rows) {
            commands.add(new InitiativeCommand(
                    row.get("name"),
                    row.get("description"),
                    row.get("ownerOffice"),
                    row.get("dimension"),
                    row.get("subDimension"),
                    word(row, "type", InitiativeType.class, problems),
                    word(row, "status", InitiativeStatus.class, problems),
                    row.get("spbeService"),
                    null));
        }
        for (int i = 0; i < rows.size(); i++) {
            int number = rows.get(i).number();
            initiatives.check(masterplan, commands.get(i)).forEach(p -> problems.add(RowProblem.of(number, p)));
        }
        rejectIfAny(problems, INITIATIVE_COLUMNS);
        initiatives.insertAll(masterplan, commands);
        return commands.size();
    }

    /** Throws, writing nothing, if reading or checking found a problem in any row. */
    private static void rejectIfAny(List<RowProblem> problems, List<XlsxTable.Column> columns) {
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(label(dedupe(problems), columns));
        }
    }

    private static List<RowProblem> dedupe(List<RowProblem> problems) {
        Set<String> seen = new HashSet<>();
        return problems.stream()
                .filter(p -> seen.add(p.row() + "/" + p.field()))
                .sorted(Comparator.comparingInt(RowProblem::row))
                .toList();
    }

    private static List<RowProblem> label(List<RowProblem> problems, List<XlsxTable.Column> columns) {
        Function<String, String> labelOf = field -> columns.stream()
                .filter(c -> c.field().equals(field))
                .map(XlsxTable.Column::label)
                .findFirst()
                .orElse(field);
        return problems.stream()
                .map(p -> p.withColumn(labelOf.apply(p.field())))
                .toList();
    }

    private static Integer integer(XlsxTable.ReadRow row, String field, List<RowProblem> problems) {
        String text = row.get(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            problems.add(
                    new RowProblem(row.number(), null, field, "analysis.import.notWholeNumber", new Object[] {text}));
            return null;
        }
    }

    private static <E extends Enum<E>> E word(
            XlsxTable.ReadRow row, String field, Class<E> type, List<RowProblem> problems) {
        String text = row.get(field);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)
                    || text.equalsIgnoreCase(WORDS.get(constant.name()))
                    || text.equalsIgnoreCase(EARLIER_WORDS.get(constant.name()))) {
                return constant;
            }
        }
        String allowed = String.join(
                ", ",
                Arrays.stream(type.getEnumConstants())
                        .map(c -> WORDS.get(c.name()))
                        .toList());
        problems.add(new RowProblem(
                row.number(), null, field, "analysis.import.unknownValue", new Object[] {text, allowed}));
        return null;
    }

    /** The valid codes: dimensions of the masterplan's framework, its region's districts and offices. */
    private List<String[]> codes(Masterplan masterplan) {
        Framework framework = context.framework(masterplan);
        List<String[]> codes = new ArrayList<>();
        codes.add(new String[] {"Kode", "Nama"});
        for (Framework.Dimension dimension : framework.dimensions()) {
            codes.add(new String[] {dimension.code(), dimension.name().in(Locale.forLanguageTag("id"))});
            for (Framework.SubDimension sub : dimension.subDimensions()) {
                codes.add(new String[] {"  " + sub.code(), sub.name().in(Locale.forLanguageTag("id"))});
            }
        }
        codes.add(new String[0]);
        codes.add(new String[] {"Kode Kecamatan", "Nama Kecamatan"});
        context.districts(masterplan).forEach((code, name) -> codes.add(new String[] {code, name}));
        codes.add(new String[0]);
        codes.add(new String[] {"Kode Perangkat Daerah", "Nama Perangkat Daerah"});
        offices.list(masterplan.regionCode().value()).forEach(o -> codes.add(new String[] {o.code(), o.name()}));
        return codes;
    }
}
