package id.rancang.publication;

import static id.rancang.publication.BookContext.column;
import static id.rancang.publication.BookContext.numeric;

import id.rancang.analysis.ReadinessModel;
import id.rancang.analysis.ReadinessSummary;
import id.rancang.document.Block;
import id.rancang.document.Book;
import id.rancang.framework.Framework;
import id.rancang.programme.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * Ringkasan Eksekutif: the masterplan on a few pages for the regent and the ministry — the region,
 * its readiness, the vision with its goals, targets and indicators, programmes and budget per dimension, the quick wins and the money per
 * year.
 */
final class SummaryBook {

    private SummaryBook() {}

    static Book assemble(BookContext c, ReadinessModel model) {
        List<Block> blocks = new ArrayList<>();
        c.narrative(blocks, NarrativeChapter.SUMMARY, false);
        long total =
                c.data().programmes().stream().mapToLong(Programme::totalCost).sum();
        long quickWins =
                c.data().programmes().stream().filter(Programme::quickWin).count();
        blocks.add(new Block.Bullets(List.of(
                c.text("publication.summary.period", c.period(), c.data().horizonYears()),
                c.text(
                        "publication.summary.issues",
                        c.number(c.data().problems().size()),
                        c.number(c.data().potentials().size())),
                c.text(
                        "publication.summary.programmes",
                        c.number(c.data().programmes().size()),
                        c.rupiah(total)),
                c.text("publication.summary.quickWins", c.number(quickWins)),
                c.text(
                        "publication.summary.indicators",
                        c.number(c.data().indicators().size())))));
        List<Book.Chapter> chapters = new ArrayList<>();
        chapters.add(new Book.Chapter(c.text("publication.chapter.summary"), blocks));

        List<Block> readiness = new ArrayList<>();
        ReadinessSummary summary = ReadinessSummary.of(model, c.data().ratings());
        if (summary.hasRatings()) {
            readiness.add(c.table(
                    c.text("publication.summary.readinessCaption"),
                    List.of(
                            column(c.text("publication.readiness.element")),
                            numeric(c.text("analysis.rating.current")),
                            numeric(c.text("analysis.rating.required")),
                            numeric(c.text("publication.readiness.gap"))),
                    summary.elements().stream()
                            .map(e -> List.of(
                                    model.elements().stream()
                                            .filter(x -> x.code().equals(e.code()))
                                            .findFirst()
                                            .map(x -> x.name().in(c.locale()))
                                            .orElse(e.code()),
                                    e.current() == null ? "—" : c.decimal(java.math.BigDecimal.valueOf(e.current())),
                                    e.required() == null ? "—" : c.decimal(java.math.BigDecimal.valueOf(e.required())),
                                    e.gap() == null ? "—" : c.decimal(java.math.BigDecimal.valueOf(e.gap()))))
                            .toList(),
                    null));
        } else {
            readiness.add(new Block.Paragraph(c.text("publication.readiness.none")));
        }
        chapters.add(new Book.Chapter(c.text("publication.chapter.readiness"), readiness));

        List<Block> vision = new ArrayList<>();
        AnalysisBook.VisionBlocks.vision(c, vision);
        if (c.data().goals().isEmpty()) {
            vision.add(new Block.Heading(c.text("publication.goals")));
            vision.add(new Block.Paragraph(c.text("publication.goals.none")));
        } else {
            AnalysisBook.VisionBlocks.goals(c, vision);
        }
        if (c.data().indicators().isEmpty()) {
            vision.add(new Block.Heading(c.text("publication.indicators")));
            vision.add(new Block.Paragraph(c.text("publication.indicators.none")));
        } else {
            AnalysisBook.VisionBlocks.indicators(c, vision);
        }
        chapters.add(new Book.Chapter(c.text("publication.chapter.vision"), vision));

        List<Block> programmes = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Framework.Dimension dimension : c.dimensions()) {
            List<Programme> of = c.programmesOf(dimension.code());
            rows.add(List.of(
                    dimension.name().in(c.locale()),
                    c.number(of.size()),
                    c.number(of.stream().filter(Programme::quickWin).count()),
                    c.rupiah(of.stream().mapToLong(Programme::totalCost).sum())));
        }
        programmes.add(c.table(
                c.text("publication.summary.dimensionCaption"),
                List.of(
                        column(c.text("programme.dimension")),
                        numeric(c.text("publication.programmes")),
                        numeric(c.text("roadmap.gantt.quickWin")),
                        numeric(c.text("publication.cost"))),
                rows,
                List.of(
                        c.text("publication.total"),
                        c.number(c.data().programmes().size()),
                        c.number(quickWins),
                        c.rupiah(total))));
        List<String> quickWinNames = c.data().programmes().stream()
                .filter(Programme::quickWin)
                .map(p -> QuickWinBook.publicName(p) + " (" + c.dimension(p.dimension()) + ")")
                .toList();
        if (!quickWinNames.isEmpty()) {
            programmes.add(new Block.Heading(c.text("publication.chapter.quickWins")));
            programmes.add(new Block.Bullets(quickWinNames));
        }
        chapters.add(new Book.Chapter(c.text("publication.chapter.actionPlan"), programmes));

        if (BookCharts.hasSchedule(c)) {
            chapters.add(new Book.Chapter(
                    c.text("publication.chapter.budget"), List.of(BookCharts.budget(c), BookCharts.budgetTable(c))));
        }
        return new Book(
                BookKind.RINGKASAN_EKSEKUTIF.code(), c.locale(), c.cover(BookKind.RINGKASAN_EKSEKUTIF), chapters);
    }
}
