package id.rancang.publication;

import static id.rancang.publication.BookContext.column;
import static id.rancang.publication.BookContext.numeric;

import id.rancang.document.Block;
import id.rancang.document.Book;
import id.rancang.framework.Framework;
import id.rancang.programme.Programme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Buku 4 · Peta Jalan: the roadmap per year and per dimension, spending per year against the
 * budget ceiling, and the Gantt chart.
 */
final class RoadmapBook {

    private RoadmapBook() {}

    static Book assemble(BookContext c) {
        List<Book.Chapter> chapters = new ArrayList<>();
        List<Block> introduction = new ArrayList<>();
        c.narrative(introduction, NarrativeChapter.B4_INTRODUCTION, false);
        introduction.add(new Block.Paragraph(
                c.text(c.data().roadmapAdopted() ? "publication.roadmap.adopted" : "publication.roadmap.notAdopted")));
        chapters.add(new Book.Chapter(c.text("publication.chapter.introduction"), introduction));
        if (!BookCharts.hasSchedule(c)) {
            chapters.add(new Book.Chapter(
                    c.text("publication.chapter.roadmap"),
                    List.of(new Block.Paragraph(c.text("publication.roadmap.none")))));
            return new Book(BookKind.ROADMAP.code(), c.locale(), c.cover(BookKind.ROADMAP), chapters);
        }
        chapters.add(new Book.Chapter(c.text("publication.chapter.perYear"), perYear(c)));
        chapters.add(new Book.Chapter(c.text("publication.chapter.perDimension"), perDimension(c)));
        chapters.add(new Book.Chapter(
                c.text("publication.chapter.budget"), List.of(BookCharts.budget(c), BookCharts.budgetTable(c))));
        chapters.add(new Book.Chapter(c.text("publication.chapter.gantt"), List.copyOf(BookCharts.gantt(c))));
        return new Book(BookKind.ROADMAP.code(), c.locale(), c.cover(BookKind.ROADMAP), chapters);
    }

    private static List<Block> perYear(BookContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (int year = c.data().startYear(); year <= c.data().endYear(); year++) {
            int y = year;
            String starting = c.data().programmes().stream()
                    .filter(p -> Integer.valueOf(y).equals(c.data().startOf(p)))
                    .map(Programme::code)
                    .sorted()
                    .collect(Collectors.joining(", "));
            long running = c.data().programmes().stream()
                    .filter(p -> {
                        Integer start = c.data().startOf(p);
                        return start != null && y >= start && y < start + p.durationYears();
                    })
                    .count();
            rows.add(List.of(
                    String.valueOf(year),
                    starting.isEmpty() ? "—" : starting,
                    c.number(running),
                    c.rupiah(c.data().spendIn(year))));
        }
        return List.of(c.table(
                c.text("publication.roadmap.perYearCaption"),
                List.of(
                        column(c.text("publication.year")),
                        column(c.text("publication.roadmap.starting")),
                        numeric(c.text("publication.roadmap.running")),
                        numeric(c.text("roadmap.budget.spend"))),
                rows,
                null));
    }

    private static List<Block> perDimension(BookContext c) {
        List<Block> blocks = new ArrayList<>();
        for (Framework.Dimension dimension : c.dimensions()) {
            List<Programme> programmes = c.programmesOf(dimension.code()).stream()
                    .sorted(Comparator.comparing(
                                    (Programme p) -> c.data().startOf(p),
                                    Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Programme::code))
                    .toList();
            if (programmes.isEmpty()) {
                continue;
            }
            String name = dimension.name().in(c.locale());
            blocks.add(new Block.Heading(name));
            blocks.add(
                    MasterplanBook.programmeTable(c, c.text("publication.roadmap.dimensionCaption", name), programmes));
        }
        List<String> unscheduled = c.data().programmes().stream()
                .filter(p -> c.data().startOf(p) == null)
                .map(p -> p.code() + " " + p.name())
                .toList();
        if (!unscheduled.isEmpty()) {
            blocks.add(new Block.Heading(c.text("publication.roadmap.unscheduled")));
            blocks.add(new Block.Bullets(unscheduled));
        }
        return blocks;
    }
}
