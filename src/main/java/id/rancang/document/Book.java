package id.rancang.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A book to publish: its cover and its chapters, in one language. The same book renders to DOCX
 * and PDF with the same headings, tables and figures, numbered in the same order.
 *
 * @param code a stable name for files, e.g. {@code analisis-strategis}
 */
public record Book(String code, Locale locale, Cover cover, List<Chapter> chapters) {

    public Book {
        chapters = List.copyOf(chapters);
    }

    /**
     * The cover page.
     *
     * @param kind the book's name above its title, e.g. "Buku 1 · Analisis Strategis"
     * @param period the years covered, e.g. "2026–2035"
     */
    public record Cover(String regionName, String kind, String title, String period, LocalDate date) {}

    public record Chapter(String title, List<Block> blocks) {

        public Chapter {
            blocks = List.copyOf(blocks);
        }
    }
}
