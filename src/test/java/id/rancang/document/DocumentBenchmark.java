package id.rancang.document;

/**
 * Benchmark of the document engine (not a test): renders a book with a 150-row programme table,
 * narrative, lists and a chart as DOCX and PDF, after a warm-up, and prints the time per file and
 * the heap in use. Run with {@code bench/documents.sh}; figures go into {@code docs/benchmarks.md}.
 */
public final class DocumentBenchmark {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        BookText text = SampleBooks.text();
        DocxRenderer docx = new DocxRenderer(text);
        PdfRenderer pdf = new PdfRenderer(text);
        Book book = SampleBooks.analysis(150);
        for (int i = 0; i < 3; i++) {
            docx.render(book);
            pdf.render(book);
        }
        long docxNanos = 0;
        long pdfNanos = 0;
        long docxBytes = 0;
        long pdfBytes = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            docxBytes = docx.render(book).length;
            docxNanos += System.nanoTime() - start;
            start = System.nanoTime();
            pdfBytes = pdf.render(book).length;
            pdfNanos += System.nanoTime() - start;
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "| DOCX | %.0f ms | %d KB |%n| PDF | %.0f ms | %d KB |%nheap in use after the runs: %d MB%n",
                docxNanos / 1e6 / rounds,
                docxBytes / 1024,
                pdfNanos / 1e6 / rounds,
                pdfBytes / 1024,
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    }
}
