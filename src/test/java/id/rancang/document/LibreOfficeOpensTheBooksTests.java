package id.rancang.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.LibreOffice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated DOCX must open in a real office suite: LibreOffice (headless, from Debian's
 * packages) loads it and converts it to PDF, which then holds the book's headings and tables. A
 * file it cannot load fails the conversion. Skipped, with the reason, where LibreOffice is not
 * installed ({@code .ci/run} installs it).
 */
class LibreOfficeOpensTheBooksTests {

    @TempDir
    Path folder;

    @Test
    void libreOfficeLoadsAndConvertsTheGeneratedDocx() throws IOException, InterruptedException {
        Path docx = folder.resolve("analisis-strategis.docx");
        Files.write(docx, new DocxRenderer(SampleBooks.text()).render(SampleBooks.analysis(40)));

        Path pdf = LibreOffice.convertToPdf(docx, folder);

        try (PDDocument converted = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(converted);
            assertThat(converted.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            assertThat(text)
                    .contains("Daftar Isi", "Bab I Pendahuluan", "Bab II Program dan Rencana Aksi")
                    .contains("Tabel 1. Daftar program", "P040", "Rp 9.999.000.000", "Gambar 1. Anggaran per tahun");
        }
    }
}
