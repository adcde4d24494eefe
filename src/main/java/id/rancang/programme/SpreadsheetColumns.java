package id.rancang.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the programme spreadsheet: an Indonesian label for people and the API field name,
 * both accepted as a header. Costs take one column per execution year.
 */
final class SpreadsheetColumns {

    record Column(String field, String label) {

        boolean matches(String header) {
            String h = normalise(header);
            return h.equals(normalise(field)) || h.equals(normalise(label));
        }
    }

    static final List<Column> FIXED = List.of(
            new Column("code", "Kode"),
            new Column("name", "Nama Program"),
            new Column("description", "Uraian"),
            new Column("dimension", "Dimensi"),
            new Column("subDimension", "Subdimensi"),
            new Column("ownerOffice", "OPD Penanggung Jawab"),
            new Column("supportingOffices", "OPD Pendukung"),
            new Column("innovation", "Inovasi"),
            new Column("innovationType", "Jenis Inovasi"),
            new Column("startYear", "Tahun Mulai"),
            new Column("durationYears", "Lama (Tahun)"),
            new Column("fundingSource", "Sumber Dana"),
            new Column("value", "Nilai Manfaat"),
            new Column("mandatory", "Wajib"),
            new Column("earliestStartYear", "Tahun Mulai Paling Awal"),
            new Column("latestEndYear", "Tahun Selesai Paling Lambat"),
            new Column("dependsOn", "Prasyarat"),
            new Column("quickWin", "Quick Win"),
            new Column("status", "Status"));

    private SpreadsheetColumns() {}

    /** Every column for a plan of {@code years} years. */
    static List<Column> all(int years) {
        List<Column> columns = new ArrayList<>(FIXED);
        for (int i = 0; i < years; i++) {
            columns.add(new Column("costs[" + i + "]", "Biaya Tahun " + (i + 1)));
        }
        return columns;
    }

    static Optional<Column> find(String header, int years) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        return all(years).stream().filter(c -> c.matches(header)).findFirst();
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
