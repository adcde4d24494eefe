package id.rancang.document;

import java.util.List;

/** The content of a chapter, in reading order. */
public sealed interface Block {

    /** A section heading inside a chapter (the chapter title is the first level). */
    record Heading(String text) implements Block {}

    record Paragraph(String text) implements Block {}

    record Bullets(List<String> items) implements Block {

        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A numbered table with a caption; {@code total}, when present, is a last row in bold. Cells
     * are already formatted (money as "Rp 1.250.000.000"); numeric columns are right-aligned.
     */
    record Table(String caption, List<Column> columns, List<List<String>> rows, List<String> total) implements Block {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            total = total == null ? null : List.copyOf(total);
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(
                            "every row of table '" + caption + "' needs " + columns.size() + " cells");
                }
            }
        }

        /**
         * A column's header and how its cells read: numbers are right-aligned; codes (such as
         * "GOV-01") are never broken across lines, so the column is at least as wide as its
         * longest code.
         */
        public record Column(String header, boolean numeric, boolean code) {

            public Column(String header, boolean numeric) {
                this(header, numeric, false);
            }

            public static Column text(String header) {
                return new Column(header, false, false);
            }

            public static Column number(String header) {
                return new Column(header, true, false);
            }

            public static Column code(String header) {
                return new Column(header, false, true);
            }
        }
    }

    /**
     * A numbered chart: the server-side SVG that pages show too, and a text description for
     * readers who cannot see it (the data table stands beside it as its own block).
     */
    record Figure(String caption, String svg, String description) implements Block {}

    /** Prose the team wrote in the app: sanitised HTML with simple formatting. */
    record Narrative(String html) implements Block {}
}
