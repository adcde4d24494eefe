package id.rancang.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.shared.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing the spreadsheet of an import, without Spring. */
class XlsxTableTests {

    private static final List<XlsxTable.Column> COLUMNS = List.of(
            new XlsxTable.Column("title", "Judul"),
            new XlsxTable.Column("severity", "Tingkat (1-5)"),
            new XlsxTable.Column("evidence.year", "Tahun Data"));

    @Test
    void readsColumnsByLabelOrFieldNameInAnyOrderAndSkipsEmptyRows() {
        byte[] file = Workbooks.of(
                List.of("tahun data", "title", "Kolom lain", "Tingkat (1-5)"),
                List.of(
                        Arrays.asList(2024, "Banjir rob", "abaikan", 4),
                        Arrays.asList(null, null, null, null),
                        Arrays.asList(null, "Sampah", null, 3)));

        List<XlsxTable.ReadRow> rows = XlsxTable.read(file, COLUMNS);

        assertThat(rows).extracting(XlsxTable.ReadRow::number).containsExactly(2, 4);
        assertThat(rows.get(0).get("title")).isEqualTo("Banjir rob");
        assertThat(rows.get(0).get("evidence.year")).isEqualTo("2024");
        assertThat(rows.get(0).get("severity")).isEqualTo("4");
        assertThat(rows.get(1).get("evidence.year")).isNull();
    }

    @Test
    void writesTheLabelsAsHeaderAndNumbersAsNumbers() {
        byte[] file = XlsxTable.write(
                "Data", COLUMNS, List.of(Arrays.asList("Banjir", 4, 2024)), "Kode", List.<String[]>of());

        List<List<String>> cells = Workbooks.read(file);

        assertThat(cells.get(0)).containsExactly("Judul", "Tingkat (1-5)", "Tahun Data");
        assertThat(cells.get(1)).containsExactly("Banjir", "4", "2024");
    }

    @Test
    void refusesWhatIsNotAWorkbookWithAFileProblem() {
        for (byte[] file : List.of(new byte[0], "a,b,c".getBytes(), new byte[] {'P', 'K', 1, 2, 3})) {
            assertThatThrownBy(() -> XlsxTable.read(file, COLUMNS))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).field()).isEqualTo("file"));
        }
        assertThatThrownBy(() -> XlsxTable.read(null, COLUMNS)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesAWorkbookWithoutDataRows() {
        byte[] file = Workbooks.of(List.of("Judul"), List.of());

        assertThatThrownBy(() -> XlsxTable.read(file, COLUMNS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("analysis.import.noRows"));
    }
}
