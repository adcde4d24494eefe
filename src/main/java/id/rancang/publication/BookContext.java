package id.rancang.publication;

import id.rancang.document.Block;
import id.rancang.document.Book;
import id.rancang.framework.Framework;
import id.rancang.programme.Programme;
import id.rancang.roadmap.BudgetChart;
import id.rancang.shared.web.Formats;
import java.math.BigDecimal;
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
        return Formats.wholeRupiah(amount);
    }

    /** A count in the book's language: 287.510 in Bahasa Indonesia, 287,510 in English. */
    String number(long value) {
        return NumberFormat.getIntegerInstance(english() ? Locale.UK : INDONESIAN)
                .format(value);
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
        return BudgetChart.compact(amount, locale);
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
        return code == null ? "" : framework.dimensionName(code, locale);
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
        String html = english() ? data.narrativeInEnglish(chapter) : data.narrative(chapter);
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

    /** A column of codes such as "GOV-01", which never break across lines. */
    static Block.Table.Column code(String header) {
        return Block.Table.Column.code(header);
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
