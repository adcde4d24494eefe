package id.rancang.publication;

import static id.rancang.publication.BookContext.column;
import static id.rancang.publication.BookContext.numeric;
import static id.rancang.publication.BookContext.orDash;

import id.rancang.document.Block;
import id.rancang.document.Book;
import id.rancang.framework.Framework;
import id.rancang.programme.FundingSource;
import id.rancang.programme.Programme;
import id.rancang.strategy.AlignmentItem;
import id.rancang.strategy.AlignmentKind;
import id.rancang.strategy.Goal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Buku 2 · Masterplan: introduction, development direction and alignment with the RPJMD, RPJMN
 * and SPBE, strategy per dimension, programmes and action plan, supporting plans, the roadmap and
 * the closing with the signed commitment.
 */
final class MasterplanBook {

    private MasterplanBook() {}

    static Book assemble(BookContext c) {
        List<Book.Chapter> chapters = new ArrayList<>();
        chapters.add(chapter(
                c,
                "publication.chapter.introduction",
                blocks -> c.narrative(blocks, NarrativeChapter.B2_INTRODUCTION, false)));
        chapters.add(chapter(c, "publication.chapter.direction", blocks -> direction(c, blocks)));
        chapters.add(chapter(c, "publication.chapter.strategy", blocks -> strategy(c, blocks)));
        chapters.add(chapter(c, "publication.chapter.actionPlan", blocks -> actionPlan(c, blocks)));
        chapters.add(chapter(c, "publication.chapter.supporting", blocks -> {
            c.narrative(blocks, NarrativeChapter.B2_POLICY_INSTITUTIONS, true);
            c.narrative(blocks, NarrativeChapter.B2_SUPPORTING_INFRASTRUCTURE, true);
            c.narrative(blocks, NarrativeChapter.B2_MINDSET_COMMUNITY, true);
            c.narrative(blocks, NarrativeChapter.B2_BUDGETING_STAKEHOLDERS, true);
        }));
        chapters.add(chapter(c, "publication.chapter.roadmap", blocks -> roadmap(c, blocks)));
        chapters.add(chapter(c, "publication.chapter.closing", blocks -> closing(c, blocks)));
        return new Book(BookKind.MASTERPLAN.code(), c.locale(), c.cover(BookKind.MASTERPLAN), chapters);
    }

    private static Book.Chapter chapter(BookContext c, String key, java.util.function.Consumer<List<Block>> content) {
        List<Block> blocks = new ArrayList<>();
        content.accept(blocks);
        return new Book.Chapter(c.text(key), blocks);
    }

    private static void direction(BookContext c, List<Block> blocks) {
        if (!c.data().narrative(NarrativeChapter.B2_DEVELOPMENT_DIRECTION).isBlank()) {
            c.narrative(blocks, NarrativeChapter.B2_DEVELOPMENT_DIRECTION, false);
        }
        AnalysisBook.VisionBlocks.vision(c, blocks);
        List<AlignmentItem> items = c.data().alignmentItems();
        blocks.add(new Block.Heading(c.text("publication.alignment")));
        boolean anyLink = c.data().programmes().stream()
                .anyMatch(p -> !c.data()
                        .alignmentLinks()
                        .getOrDefault(p.code(), List.of())
                        .isEmpty());
        if (items.isEmpty() || !anyLink) {
            blocks.add(new Block.Paragraph(c.text("publication.alignment.none")));
            return;
        }
        Map<Long, AlignmentItem> byId =
                items.stream().collect(Collectors.toMap(AlignmentItem::id, Function.identity()));
        rpjmd(c, blocks, items, byId);
        for (AlignmentKind kind : List.of(
                AlignmentKind.RPJMD_PROGRAMME,
                AlignmentKind.RENSTRA_PROGRAMME,
                AlignmentKind.RPJMN,
                AlignmentKind.SPBE)) {
            List<List<String>> rows = new ArrayList<>();
            for (Programme programme : c.data().programmes()) {
                List<Long> links = c.data().alignmentLinks().getOrDefault(programme.code(), List.of());
                String linked = links.stream()
                        .map(byId::get)
                        .filter(item -> item != null && item.kind() == kind)
                        .map(item -> item.code() + " " + item.title())
                        .collect(Collectors.joining("; "));
                if (!linked.isEmpty()) {
                    rows.add(List.of(programme.code(), programme.name(), linked));
                }
            }
            if (!rows.isEmpty()) {
                blocks.add(c.table(
                        c.text("publication.alignment.caption", c.text("alignment.kind." + kind.name())),
                        List.of(
                                BookContext.code(c.text("programme.code")),
                                column(c.text("programme.name")),
                                column(c.text("alignment.kind." + kind.name()))),
                        rows,
                        null));
            }
        }
    }

    /**
     * The RPJMD missions and goals with the programmes that support each, directly or through an
     * RPJMD or Renstra programme beneath the goal; a programme linked to a mission alone stands
     * under the mission.
     */
    private static void rpjmd(
            BookContext c, List<Block> blocks, List<AlignmentItem> items, Map<Long, AlignmentItem> byId) {
        Map<String, AlignmentItem> byKindAndCode = new HashMap<>();
        items.forEach(item -> byKindAndCode.put(item.kind() + "/" + item.code(), item));
        // Programmes per RPJMD goal or mission, in the programmes' order.
        Map<Long, Set<Programme>> supporters = new HashMap<>();
        for (Programme programme : c.data().programmes()) {
            for (Long link : c.data().alignmentLinks().getOrDefault(programme.code(), List.of())) {
                AlignmentItem item = byId.get(link);
                while (item != null
                        && item.kind() != AlignmentKind.RPJMD_GOAL
                        && item.kind() != AlignmentKind.RPJMD_MISSION) {
                    item = parent(item, byKindAndCode);
                }
                if (item != null) {
                    supporters
                            .computeIfAbsent(item.id(), id -> new LinkedHashSet<>())
                            .add(programme);
                }
            }
        }
        if (supporters.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        Set<Programme> counted = new HashSet<>();
        List<AlignmentItem> missions = items.stream()
                .filter(i -> i.kind() == AlignmentKind.RPJMD_MISSION)
                .sorted(Comparator.comparing(AlignmentItem::code))
                .toList();
        List<AlignmentItem> goals = items.stream()
                .filter(i -> i.kind() == AlignmentKind.RPJMD_GOAL)
                .sorted(Comparator.comparing(AlignmentItem::code))
                .toList();
        List<AlignmentItem> orphanGoals = new ArrayList<>(goals);
        for (AlignmentItem mission : missions) {
            String missionCell = mission.code() + " " + mission.title();
            Set<Programme> direct = supporters.getOrDefault(mission.id(), Set.of());
            if (!direct.isEmpty()) {
                rows.add(List.of(missionCell, "—", programmeList(direct)));
                counted.addAll(direct);
            }
            for (AlignmentItem goal : goals) {
                if (mission.code().equals(goal.parentCode())) {
                    orphanGoals.remove(goal);
                    Set<Programme> programmes = supporters.getOrDefault(goal.id(), Set.of());
                    rows.add(List.of(missionCell, goal.code() + " " + goal.title(), programmeList(programmes)));
                    counted.addAll(programmes);
                }
            }
        }
        for (AlignmentItem goal : orphanGoals) {
            Set<Programme> programmes = supporters.getOrDefault(goal.id(), Set.of());
            rows.add(List.of("—", goal.code() + " " + goal.title(), programmeList(programmes)));
            counted.addAll(programmes);
        }
        blocks.add(new Block.Paragraph(c.text(
                "publication.alignment.rpjmd.intro",
                c.number(counted.size()),
                c.number(c.data().programmes().size()))));
        blocks.add(c.table(
                c.text("publication.alignment.rpjmd.caption"),
                List.of(
                        column(c.text("alignment.kind.RPJMD_MISSION")),
                        column(c.text("alignment.kind.RPJMD_GOAL")),
                        column(c.text("publication.alignment.programmes"))),
                rows,
                null));
    }

    private static AlignmentItem parent(AlignmentItem item, Map<String, AlignmentItem> byKindAndCode) {
        if (item.parentCode() == null) {
            return null;
        }
        return item.kind()
                .parentKind()
                .map(kind -> byKindAndCode.get(kind + "/" + item.parentCode()))
                .orElse(null);
    }

    private static String programmeList(Set<Programme> programmes) {
        return programmes.isEmpty()
                ? "—"
                : programmes.stream().map(p -> p.code() + " " + p.name()).collect(Collectors.joining("; "));
    }

    private static void strategy(BookContext c, List<Block> blocks) {
        if (!c.data().narrative(NarrativeChapter.B2_STRATEGY).isBlank()) {
            c.narrative(blocks, NarrativeChapter.B2_STRATEGY, false);
        }
        if (c.data().goals().isEmpty()) {
            blocks.add(new Block.Paragraph(c.text("publication.strategy.none")));
        }
        for (Framework.Dimension dimension : c.dimensions()) {
            List<Goal> goals = c.data().goals().stream()
                    .filter(g -> dimension.code().equals(g.dimension()))
                    .toList();
            List<Programme> programmes = c.programmesOf(dimension.code());
            if (goals.isEmpty() && programmes.isEmpty()) {
                continue;
            }
            blocks.add(new Block.Heading(dimension.name().in(c.locale())));
            for (Goal goal : goals) {
                blocks.add(new Block.Paragraph(c.text("publication.strategy.goal", goal.statement())));
                if (goal.target() != null && !goal.target().isBlank()) {
                    blocks.add(new Block.Paragraph(c.text("publication.strategy.target", goal.target())));
                }
                if (goal.strategy() != null && !goal.strategy().isBlank()) {
                    blocks.add(new Block.Paragraph(c.text("publication.strategy.how", goal.strategy())));
                }
            }
            if (!programmes.isEmpty()) {
                blocks.add(new Block.Bullets(programmes.stream()
                        .map(p -> p.code() + " " + p.name()
                                + (p.innovation() == null || p.innovation().isBlank() ? "" : " — " + p.innovation()))
                        .toList()));
            }
        }
    }

    private static void actionPlan(BookContext c, List<Block> blocks) {
        blocks.add(new Block.Paragraph(c.text(
                "publication.actionPlan.intro",
                c.number(c.data().programmes().size()),
                c.rupiah(c.data().programmes().stream()
                        .mapToLong(Programme::totalCost)
                        .sum()))));
        for (Framework.Dimension dimension : c.dimensions()) {
            List<Programme> programmes = c.programmesOf(dimension.code());
            if (programmes.isEmpty()) {
                continue;
            }
            String name = dimension.name().in(c.locale());
            blocks.add(new Block.Heading(name));
            blocks.add(programmeTable(c, c.text("publication.actionPlan.caption", name), programmes));
        }
        blocks.add(new Block.Heading(c.text("publication.actionPlan.bySource")));
        Map<FundingSource, Long> bySource = new EnumMap<>(FundingSource.class);
        Map<FundingSource, Integer> counts = new EnumMap<>(FundingSource.class);
        for (Programme programme : c.data().programmes()) {
            if (programme.fundingSource() != null) {
                bySource.merge(programme.fundingSource(), programme.totalCost(), Long::sum);
                counts.merge(programme.fundingSource(), 1, Integer::sum);
            }
        }
        blocks.add(c.table(
                c.text("publication.actionPlan.bySource"),
                List.of(
                        column(c.text("programme.fundingSource")),
                        numeric(c.text("publication.programmes")),
                        numeric(c.text("publication.cost"))),
                bySource.entrySet().stream()
                        .map(e -> List.of(
                                c.text("programme.funding." + e.getKey().name()),
                                c.number(counts.get(e.getKey())),
                                c.rupiah(e.getValue())))
                        .toList(),
                List.of(
                        c.text("publication.total"),
                        c.number(counts.values().stream()
                                .mapToInt(Integer::intValue)
                                .sum()),
                        c.rupiah(bySource.values().stream()
                                .mapToLong(Long::longValue)
                                .sum()))));
    }

    /** Code, name, owner, years, total cost and source of each programme, with their total. */
    static Block.Table programmeTable(BookContext c, String caption, List<Programme> programmes) {
        List<List<String>> rows = programmes.stream()
                .map(p -> List.of(
                        p.code(),
                        p.name() + (p.quickWin() ? " (" + c.text("roadmap.gantt.quickWin") + ")" : ""),
                        orDash(p.ownerOffice()),
                        c.years(c.data().startOf(p), p.durationYears()),
                        c.rupiah(p.totalCost()),
                        p.fundingSource() == null
                                ? "—"
                                : c.text(
                                        "programme.funding." + p.fundingSource().name())))
                .toList();
        return c.table(
                caption,
                List.of(
                        BookContext.code(c.text("programme.code")),
                        column(c.text("programme.name")),
                        column(c.text("publication.owner")),
                        column(c.text("publication.years")),
                        numeric(c.text("publication.cost")),
                        column(c.text("programme.fundingSource"))),
                rows,
                List.of(
                        "",
                        c.text("publication.total"),
                        "",
                        "",
                        c.rupiah(programmes.stream()
                                .mapToLong(Programme::totalCost)
                                .sum()),
                        ""));
    }

    private static void roadmap(BookContext c, List<Block> blocks) {
        if (!BookCharts.hasSchedule(c)) {
            blocks.add(new Block.Paragraph(c.text("publication.roadmap.none")));
            return;
        }
        blocks.add(new Block.Paragraph(c.text("publication.roadmap.seeBook4")));
        blocks.addAll(BookCharts.gantt(c));
        blocks.add(BookCharts.budgetTable(c));
    }

    private static void closing(BookContext c, List<Block> blocks) {
        c.narrative(blocks, NarrativeChapter.B2_CLOSING, false);
        blocks.add(new Block.Heading(c.text("publication.commitment")));
        if (c.data().signatories().isEmpty()) {
            blocks.add(new Block.Paragraph(c.text("publication.commitment.none")));
            return;
        }
        blocks.add(new Block.Paragraph(
                c.text("publication.commitment.intro", c.data().regionName())));
        blocks.add(c.table(
                c.text("publication.commitment.caption"),
                List.of(
                        column(c.text("publication.name")),
                        column(c.text("publication.position")),
                        column(c.text("publication.signedOn"))),
                c.data().signatories().stream()
                        .map(s -> List.of(
                                s.name(), orDash(s.position()), s.signedOn() == null ? "—" : c.date(s.signedOn())))
                        .toList(),
                null));
    }
}
