package id.rancang.publication;

import id.rancang.document.Book;
import id.rancang.document.Documents;
import java.util.Locale;

/**
 * Benchmark of the books (not a test): assembles and renders all five books of a masterplan with
 * 150 programmes, 40 problems and 30 indicators as DOCX and PDF, after a warm-up, one after the
 * other on one thread, and prints the time per book and format, the total for all ten files, and
 * the heap in use. Run with {@code bench/books.sh}; figures go into {@code docs/benchmarks.md}.
 */
public final class PublicationBenchmark {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        BookAssembler assembler = SamplePlans.assembler();
        Documents documents = SamplePlans.documents();
        PlanData plan = SamplePlans.plan(150, 40, 30);
        Locale indonesian = Locale.forLanguageTag("id");
        for (int i = 0; i < 2; i++) {
            for (BookKind kind : BookKind.values()) {
                Book book = assembler.assemble(plan, kind, indonesian);
                documents.docx(book);
                documents.pdf(book);
            }
        }
        // Each round is a different masterplan (another schedule, other charts), generated as a
        // version is: all ten files one after the other.
        long[] docxNanos = new long[BookKind.values().length];
        long[] pdfNanos = new long[BookKind.values().length];
        int[] docxBytes = new int[BookKind.values().length];
        int[] pdfBytes = new int[BookKind.values().length];
        long total = 0;
        for (int round = 0; round < rounds; round++) {
            PlanData fresh = SamplePlans.plan(150, 40, 30, 1000 + round);
            long roundStart = System.nanoTime();
            for (BookKind kind : BookKind.values()) {
                int k = kind.ordinal();
                long start = System.nanoTime();
                docxBytes[k] = documents.docx(assembler.assemble(fresh, kind, indonesian)).length;
                docxNanos[k] += System.nanoTime() - start;
                start = System.nanoTime();
                pdfBytes[k] = documents.pdf(assembler.assemble(fresh, kind, indonesian)).length;
                pdfNanos[k] += System.nanoTime() - start;
            }
            total += System.nanoTime() - roundStart;
        }
        StringBuilder table =
                new StringBuilder("| Book | DOCX | PDF | DOCX size | PDF size |\n|---|---|---|---|---|\n");
        for (BookKind kind : BookKind.values()) {
            int k = kind.ordinal();
            table.append(String.format(
                    "| %s | %.0f ms | %.0f ms | %d KB | %d KB |%n",
                    kind.code(),
                    docxNanos[k] / 1e6 / rounds,
                    pdfNanos[k] / 1e6 / rounds,
                    docxBytes[k] / 1024,
                    pdfBytes[k] / 1024));
        }
        total /= rounds;
        Runtime runtime = Runtime.getRuntime();
        System.out.print(table);
        System.out.printf(
                "all ten files: %.0f ms; heap in use after the runs: %d MB%n",
                total / 1e6, (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    }
}
