package id.rancang.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
    void narrativesKeepTheirFormattingButNeverAScript() {
        String clean = NarrativeHtml.sanitise(
                "<p onclick=\"x()\">Teks <b>tebal</b> <a href=\"javascript:alert(1)\">tautan</a></p><script>x()</script>");

        assertThat(clean).isEqualTo("<p>Teks <b>tebal</b> <a>tautan</a></p>");
    }
}
