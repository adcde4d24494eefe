package id.rancang.publication;

import id.rancang.document.Block;
import id.rancang.document.Book;
import id.rancang.framework.Framework;
import id.rancang.programme.Programme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * What assembling a book needs beside the data: its language, its words, the masterplan's
 * framework, and the formats Indonesian documents use ("Rp 1.250.000.000", "23 November 2026").
 */
record BookContext(PlanData data, Locale locale, MessageSource messages, Framework framework) {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    boolean english() {
        return "en".equals(locale.getLanguage());
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String rupiah(long amount) {
        return "Rp " + NumberFormat.getIntegerInstance(INDONESIAN).format(amount);
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(INDONESIAN).format(value);
    }

    String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(english() ? Locale.UK : INDONESIAN);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** "Rp 1,2 M" (miliar) or "Rp 350 jt" (juta), for chart axes. */
    String compact(long amount) {
        NumberFormat format = NumberFormat.getNumberInstance(english() ? Locale.UK : INDONESIAN);
        format.setMaximumFractionDigits(1);
        if (amount >= 1_000_000_000L) {
            return "Rp "
                    + format.format(BigDecimal.valueOf(amount)
                            .divide(BigDecimal.valueOf(1_000_000_000L), 1, RoundingMode.HALF_UP))
                    + (english() ? " bn" : " M");
        }
        return "Rp "
                + format.format(
                        BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(1_000_000L), 0, RoundingMode.HALF_UP))
                + (english() ? " m" : " jt");
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", english() ? Locale.UK : INDONESIAN)
                .format(date);
    }

    String period() {
        return data.startYear() + "–" + data.endYear();
    }

    String years(Integer start, int duration) {
        if (start == null) {
            return text("publication.notScheduled");
        }
        return duration <= 1 ? String.valueOf(start) : start + "–" + (start + duration - 1);
    }

    String dimension(String code) {
        return code == null
                ? ""
                : framework.dimension(code).map(d -> d.name().in(locale)).orElse(code);
    }

    String subDimension(String dimension, String code) {
        if (code == null) {
            return "";
        }
        return framework
                .dimension(dimension)
                .flatMap(d -> d.subDimension(code))
                .map(s -> s.name().in(locale))
                .orElse(code);
    }

    List<Framework.Dimension> dimensions() {
        return framework.dimensions();
    }

    Book.Cover cover(BookKind kind) {
        return new Book.Cover(
                data.regionName(),
                text(kind.messageKey()),
                text("publication.cover.title", data.regionName()),
                period(),
                data.date());
    }

    /** The team's narrative for a chapter, under its heading; a note when none is written yet. */
    void narrative(List<Block> blocks, NarrativeChapter chapter, boolean heading) {
        if (heading) {
            blocks.add(new Block.Heading(text(chapter.messageKey())));
        }
        String html = data.narrative(chapter);
        if (html.isBlank()) {
            blocks.add(new Block.Paragraph(text("publication.narrative.missing")));
        } else {
            blocks.add(new Block.Narrative(html));
        }
    }

    Block.Table table(String caption, List<Block.Table.Column> columns, List<List<String>> rows, List<String> total) {
        return new Block.Table(caption, columns, rows, total);
    }

    static Block.Table.Column column(String header) {
        return Block.Table.Column.text(header);
    }

    static Block.Table.Column numeric(String header) {
        return Block.Table.Column.number(header);
    }

    List<Programme> programmesOf(String dimension) {
        List<Programme> list = new ArrayList<>();
        for (Programme programme : data.programmes()) {
            if (dimension.equals(programme.dimension())) {
                list.add(programme);
            }
        }
        return list;
    }

    /** "—" for a missing value, so table cells are never blank by accident. */
    static String orDash(Object value) {
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }
}
