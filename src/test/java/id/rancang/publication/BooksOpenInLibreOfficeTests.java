package id.rancang.publication;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.LibreOffice;
import id.rancang.document.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real books of a masterplan (every chapter, table, chart and narrative) open in LibreOffice
 * and convert to PDF with their content: what a regency's office would do with the file.
 */
class BooksOpenInLibreOfficeTests {

    @TempDir
    Path folder;

    @Test
    void everyBookOpensInLibreOfficeWithItsTablesChartsAndNarratives() throws IOException, InterruptedException {
        BookAssembler assembler = SamplePlans.assembler();
        Documents documents = SamplePlans.documents();
        PlanData plan = SamplePlans.plan(30, 10, 8);
        for (BookKind kind : BookKind.values()) {
            Path docx = folder.resolve(kind.code() + ".docx");
            Files.write(docx, documents.docx(assembler.assemble(plan, kind, Locale.forLanguageTag("id"))));

            Path pdf = LibreOffice.convertToPdf(docx, folder);

            try (PDDocument converted = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(converted);
                assertThat(text).as(kind.code()).contains("Masterplan Smart City Kabupaten", "Daftar Isi");
                switch (kind) {
                    case ANALISIS_STRATEGIS ->
                        assertThat(text).contains("Bab III Analisis Kesiapan Daerah", "Gambar 1.", "Permasalahan 1");
                    case MASTERPLAN ->
                        assertThat(text)
                                .contains(
                                        "Program dan Rencana Aksi", "P030", "Bupati Flores Timur", "20 November 2026");
                    case QUICK_WIN -> assertThat(text).contains("Lapor Cepat 25", "40 %");
                    case ROADMAP -> assertThat(text).contains("Bagan Gantt", "Rp 30.000.000.000");
                    case RINGKASAN_EKSEKUTIF -> assertThat(text).contains("30 program");
                }
            }
        }
    }
}
