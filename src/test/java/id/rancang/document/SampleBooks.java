package id.rancang.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Books with every kind of block, and renderers built without Spring, for document tests. */
final class SampleBooks {

    static final String CHART = """
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">
              <rect x="20" y="40" width="80" height="140" fill="#0b5c5a"/>
              <rect x="140" y="90" width="80" height="90" fill="#e08a00"/>
              <text x="20" y="25" font-family="DejaVu Sans, Arial" font-size="14">Anggaran per tahun</text>
            </svg>""";

    private SampleBooks() {}

    static Book analysis(int programmes) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= programmes; i++) {
            rows.add(List.of(
                    String.format("P%03d", i), "Program layanan publik terpadu nomor " + i, "Rp 1.250.000.000"));
        }
        return new Book(
                "analisis-strategis",
                Locale.forLanguageTag("id"),
                new Book.Cover(
                        "Kabupaten Flores Timur",
                        "Buku 1 · Analisis Strategis",
                        "Masterplan Smart City Kabupaten Flores Timur",
                        "2026–2035",
                        LocalDate.of(2026, 11, 23)),
                List.of(
                        new Book.Chapter(
                                "Pendahuluan",
                                List.of(
                                        new Block.Heading("Latar Belakang"),
                                        new Block.Paragraph(
                                                "Luas wilayah 1.812,85 km² dengan 19 kecamatan; target ≥ 80 % layanan daring – “Larantuka Cerdas”."),
                                        new Block.Bullets(List.of("Tata kelola", "Ekonomi")),
                                        new Block.Narrative(
                                                "<p>Dasar hukum: <strong>Perbup</strong> dan <em>RPJMD</em>, lihat "
                                                        + "<a href=\"https://jdih.florestimurkab.go.id\">JDIH</a>.</p>"
                                                        + "<script>alert('x')</script><ol><li>Satu</li><li>Dua</li></ol>"
                                                        + "<table><tr><th>Aspek</th><th>Nilai</th></tr><tr><td>SDM</td><td>3</td></tr></table>"))),
                        new Book.Chapter(
                                "Program dan Rencana Aksi",
                                List.of(
                                        new Block.Table(
                                                "Daftar program",
                                                List.of(
                                                        Block.Table.Column.text("Kode"),
                                                        Block.Table.Column.text("Nama"),
                                                        Block.Table.Column.number("Biaya")),
                                                rows,
                                                List.of("", "Jumlah", "Rp 9.999.000.000")),
                                        new Block.Figure(
                                                "Anggaran per tahun",
                                                CHART,
                                                "Diagram batang anggaran 2026 dan 2027")))));
    }

    static BookText text() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new BookText(messages);
    }
}
