package id.rancang.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @TempDir
    Path folder;

    @Test
    void libreOfficeLoadsAndConvertsTheGeneratedDocx() throws IOException, InterruptedException {
        assumeTrue(
                Files.isExecutable(SOFFICE),
                "LibreOffice check skipped: no " + SOFFICE + " (install the Debian package libreoffice-writer-nogui)");
        Path docx = folder.resolve("analisis-strategis.docx");
        Files.write(docx, new DocxRenderer(SampleBooks.text()).render(SampleBooks.analysis(40)));

        Process soffice = new ProcessBuilder(
                        SOFFICE.toString(),
                        "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        folder.resolve("out").toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile())
                .start();
        assertThat(soffice.waitFor(120, TimeUnit.SECONDS))
                .as("LibreOffice finished")
                .isTrue();

        Path pdf = folder.resolve("out/analisis-strategis.pdf");
        assertThat(pdf).as(Files.readString(folder.resolve("soffice.log"))).exists();
        try (PDDocument converted = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(converted);
            assertThat(converted.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            assertThat(text)
                    .contains("Daftar Isi", "Bab I Pendahuluan", "Bab II Program dan Rencana Aksi")
                    .contains("Tabel 1. Daftar program", "P040", "Rp 9.999.000.000", "Gambar 1. Anggaran per tahun");
        }
    }
}
