package id.rancang.publication;

import static id.rancang.publication.BookContext.column;
import static id.rancang.publication.BookContext.numeric;
import static id.rancang.publication.BookContext.orDash;

import id.rancang.analysis.Issue;
import id.rancang.document.Block;
import id.rancang.document.Book;
import id.rancang.programme.Programme;
import id.rancang.programme.QuickWin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Buku 3 · Quick Win: the chosen quick wins side by side, then each with its dimension, owner,
 * the problem it answers, the innovation, beneficiaries, timeline, budget, completion and impact.
 */
final class QuickWinBook {

    private QuickWinBook() {}

    static Book assemble(BookContext c) {
        List<Programme> quickWins =
                c.data().programmes().stream().filter(Programme::quickWin).toList();
        List<Block> overview = new ArrayList<>();
        c.narrative(overview, NarrativeChapter.B3_INTRODUCTION, false);
        if (quickWins.isEmpty()) {
            overview.add(new Block.Paragraph(c.text("publication.quickWin.none")));
        } else {
            overview.add(c.table(
                    c.text("publication.quickWin.caption"),
                    List.of(
                            BookContext.code(c.text("programme.code")),
                            column(c.text("publication.quickWin.name")),
                            column(c.text("programme.dimension")),
                            column(c.text("publication.owner")),
                            numeric(c.text("publication.cost")),
                            numeric(c.text("publication.quickWin.completion"))),
                    quickWins.stream()
                            .map(p -> List.of(
                                    p.code(),
                                    publicName(p),
                                    c.dimension(p.dimension()),
                                    orDash(p.ownerOffice()),
                                    c.rupiah(p.totalCost()),
                                    completion(p)))
                            .toList(),
                    List.of(
                            "",
                            c.text("publication.total"),
                            "",
                            "",
                            c.rupiah(quickWins.stream()
                                    .mapToLong(Programme::totalCost)
                                    .sum()),
                            "")));
        }
        List<Book.Chapter> chapters = new ArrayList<>();
        chapters.add(new Book.Chapter(c.text("publication.chapter.quickWins"), overview));
        Map<Long, Issue> problems =
                c.data().problems().stream().collect(Collectors.toMap(Issue::id, Function.identity()));
        for (Programme programme : quickWins) {
            chapters.add(new Book.Chapter(publicName(programme), details(c, programme, problems)));
        }
        return new Book(BookKind.QUICK_WIN.code(), c.locale(), c.cover(BookKind.QUICK_WIN), chapters);
    }

    private static List<Block> details(BookContext c, Programme p, Map<Long, Issue> problems) {
        QuickWin q = p.quickWinDetails() == null ? QuickWin.empty() : p.quickWinDetails();
        List<Block> blocks = new ArrayList<>();
        if (p.description() != null && !p.description().isBlank()) {
            blocks.add(new Block.Paragraph(p.description()));
        }
        String answered = p.problemIds().stream()
                .map(problems::get)
                .filter(java.util.Objects::nonNull)
                .map(Issue::title)
                .collect(Collectors.joining("; "));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(c.text("programme.code"), p.code() + " " + p.name()));
        rows.add(List.of(c.text("programme.dimension"), c.dimension(p.dimension())));
        rows.add(List.of(c.text("publication.subDimension"), orDash(c.subDimension(p.dimension(), p.subDimension()))));
        rows.add(List.of(c.text("publication.owner"), orDash(p.ownerOffice())));
        rows.add(List.of(c.text("publication.quickWin.problem"), orDash(answered)));
        rows.add(List.of(
                c.text("publication.quickWin.innovation"),
                orDash(p.innovation())
                        + (p.innovationType() == null
                                ? ""
                                : " ("
                                        + c.text("programme.innovationType."
                                                + p.innovationType().name()) + ")")));
        rows.add(List.of(c.text("publication.quickWin.beneficiaries"), orDash(q.beneficiaries())));
        rows.add(List.of(
                c.text("publication.quickWin.timeline"),
                q.timeline() == null || q.timeline().isBlank()
                        ? c.years(c.data().startOf(p), p.durationYears())
                        : q.timeline()));
        rows.add(List.of(
                c.text("publication.quickWin.budget"),
                c.rupiah(p.totalCost())
                        + (p.fundingSource() == null
                                ? ""
                                : " ("
                                        + c.text("programme.funding."
                                                + p.fundingSource().name()) + ")")));
        rows.add(List.of(c.text("publication.quickWin.completion"), completion(p)));
        rows.add(List.of(c.text("publication.quickWin.impact"), orDash(q.impactMeasures())));
        blocks.add(c.table(
                c.text("publication.quickWin.details", publicName(p)),
                List.of(column(c.text("publication.profile.item")), column(c.text("publication.profile.value"))),
                rows,
                null));
        return blocks;
    }

    static String publicName(Programme p) {
        return p.quickWinDetails() != null
                        && p.quickWinDetails().publicName() != null
                        && !p.quickWinDetails().publicName().isBlank()
                ? p.quickWinDetails().publicName()
                : p.name();
    }

    private static String completion(Programme p) {
        Integer percent =
                p.quickWinDetails() == null ? null : p.quickWinDetails().completionPercent();
        return percent == null ? "—" : percent + " %";
    }
}
