package id.rancang.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocumentRenderingTests {

    private final BookText text = SampleBooks.text();
    private final Book book = SampleBooks.analysis(30);

    @Test
    void docxHasHeadingStylesInOrderATableOfContentsCaptionedTablesAndAFigureWithAltText() throws IOException {
        byte[] bytes = new DocxRenderer(text).render(book);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> headings = new ArrayList<>();
            List<String> captions = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                if ("Heading1".equals(paragraph.getStyle()) || "Heading2".equals(paragraph.getStyle())) {
                    headings.add(paragraph.getText());
                }
                if ("Caption".equals(paragraph.getStyle())) {
                    captions.add(paragraph.getText());
                }
            }
            assertThat(headings)
                    .containsExactly("Bab I Pendahuluan", "1.1 Latar Belakang", "Bab II Program dan Rencana Aksi");
            assertThat(captions).containsExactly("Tabel 1. Daftar program", "Gambar 1. Anggaran per tahun");
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getDocument().xmlText()).contains("TOC \\o").contains("SEQ Tabel");

            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(2);
            XWPFTable programmes = tables.get(1);
            assertThat(programmes.getNumberOfRows()).isEqualTo(32);
            assertThat(programmes.getRow(0).getCell(2).getText()).isEqualTo("Biaya");
            assertThat(programmes.getRow(31).getCell(2).getText()).isEqualTo("Rp 9.999.000.000");
            assertThat(tables.get(0).getRow(1).getCell(0).getText()).isEqualTo("SDM");

            assertThat(document.getAllPictures()).hasSize(1);
            assertThat(document.getDocument().xmlText()).contains("Diagram batang anggaran 2026 dan 2027");
            assertThat(document.getFooterList().stream()
                            .anyMatch(footer -> footer._getHdrFtr().xmlText().contains("PAGE")))
                    .isTrue();
            String all = document.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .reduce("", String::concat);
            assertThat(all).contains("≥ 80 %", "km²", "JDIH", "Satu").doesNotContain("alert");
            assertThat(document.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Masterplan Smart City Kabupaten Flores Timur");
        }
    }

    @Test
    void pdfEmbedsItsFontsAndHasBookmarksContentsPageNumbersAndEveryCharacter() throws IOException {
        byte[] bytes = new PdfRenderer(text).render(book);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            String content = new PDFTextStripper().getText(pdf);
            assertThat(content)
                    .contains(
                            "Daftar Isi", "Bab I Pendahuluan", "1.1 Latar Belakang", "Bab II Program dan Rencana Aksi")
                    .contains("Tabel 1. Daftar program", "Gambar 1. Anggaran per tahun")
                    .contains("P030", "Rp 9.999.000.000", "23 November 2026")
                    .contains("1.812,85 km²", "≥ 80 %", "2026–2035", "“Larantuka Cerdas”")
                    .doesNotContain("alert");

            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item :
                    pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                item.children().forEach(child -> bookmarks.add(child.getTitle()));
            }
            assertThat(bookmarks)
                    .containsExactly("Bab I Pendahuluan", "1.1 Latar Belakang", "Bab II Program dan Rencana Aksi");

            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("id");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Masterplan Smart City Kabupaten Flores Timur");
        }
    }

    @Test
    void codesOfACodeColumnStayOnOneLineInPdfAndFitTheirColumnInDocx() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        String[] prefixes = {"GOV", "ECO", "SOC", "LIV", "ENV", "BRD"};
        for (int i = 1; i <= 24; i++) {
            String code = prefixes[i % prefixes.length] + "-" + String.format("%02d", i);
            codes.add(code);
            rows.add(List.of(
                    code,
                    "Pengembangan sistem informasi layanan publik terpadu berbasis elektronik tahap " + i,
                    "Dinas Komunikasi dan Informatika",
                    "2026–2028",
                    "Rp 12.250.000.000",
                    "APBD Kabupaten"));
        }
        Book programmes = new Book(
                "masterplan",
                Locale.forLanguageTag("id"),
                new Book.Cover(
                        "Kabupaten Flores Timur", "Buku 2", "Masterplan", "2026–2035", LocalDate.of(2026, 11, 23)),
                List.of(new Book.Chapter(
                        "Program dan Rencana Aksi",
                        List.of(new Block.Table(
                                "Program tata kelola",
                                List.of(
                                        Block.Table.Column.code("Kode"),
                                        Block.Table.Column.text("Nama program"),
                                        Block.Table.Column.text("Perangkat daerah"),
                                        Block.Table.Column.text("Tahun"),
                                        Block.Table.Column.number("Biaya"),
                                        Block.Table.Column.text("Sumber dana")),
                                rows,
                                null)))));

        try (PDDocument pdf = Loader.loadPDF(new PdfRenderer(text).render(programmes))) {
            String content = new PDFTextStripper().getText(pdf);
            assertThat(content).contains(codes).doesNotContainPattern("[A-Z]{3}-\\s*\\R");
        }
        try (XWPFDocument document =
                new XWPFDocument(new ByteArrayInputStream(new DocxRenderer(text).render(programmes)))) {
            var cell = document.getTables().get(0).getRow(1).getCell(0);
            // "GOV-01" in 9 pt text needs about 40 pt besides the cell margins.
            assertThat(Integer.parseInt(cell.getCTTc().getTcPr().getTcW().getW().toString()))
                    .isGreaterThanOrEqualTo(40 * 20 + 216);
        }
    }

    @Test
    void aTableCaptionNeverStaysAloneAtTheBottomOfAPage() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rows.add(List.of("Kekuatan " + i, "Uraian butir SWOT yang cukup panjang untuk satu baris tabel " + i));
        }
        PdfRenderer renderer = new PdfRenderer(text);
        for (int filler = 24; filler <= 36; filler++) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < filler; i++) {
                blocks.add(new Block.Paragraph("Paragraf pengisi halaman nomor " + i + "."));
            }
            blocks.add(new Block.Table(
                    "Butir SWOT: Kekuatan",
                    List.of(Block.Table.Column.text("Butir"), Block.Table.Column.text("Uraian")),
                    rows,
                    null));
            Book swot = new Book(
                    "analisis-strategis",
                    Locale.forLanguageTag("id"),
                    new Book.Cover(
                            "Kabupaten Flores Timur", "Buku 1", "Analisis", "2026–2035", LocalDate.of(2026, 11, 23)),
                    List.of(new Book.Chapter("Analisis SWOT", blocks)));
            try (PDDocument pdf = Loader.loadPDF(renderer.render(swot))) {
                int captionPage = pageOf(pdf, "Tabel 1. Butir SWOT: Kekuatan");
                int firstRowPage = pageOf(pdf, "Kekuatan 1");
                assertThat(captionPage).as("%d filler paragraphs", filler).isEqualTo(firstRowPage);
            }
        }

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(new DocxRenderer(text).render(book)))) {
            XWPFParagraph caption = document.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Tabel 1."))
                    .findFirst()
                    .orElseThrow();
            assertThat(caption.isKeepNext()).isTrue();
        }
    }

    private static int pageOf(PDDocument pdf, String text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(pdf).contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " is on no page");
    }

    @Test
    void narrativesKeepTheirFormattingButNeverAScript() {
        String clean = NarrativeHtml.sanitise(
                "<p onclick=\"x()\">Teks <b>tebal</b> <a href=\"javascript:alert(1)\">tautan</a></p><script>x()</script>");

        assertThat(clean).isEqualTo("<p>Teks <b>tebal</b> <a>tautan</a></p>");
    }
}
