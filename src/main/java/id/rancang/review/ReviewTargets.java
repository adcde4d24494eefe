package id.rancang.review;

import id.rancang.analysis.IssueKind;
import id.rancang.analysis.Issues;
import id.rancang.bimtek.Sessions;
import id.rancang.programme.Programmes;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.strategy.Goals;
import id.rancang.strategy.Indicators;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks that a comment's item exists in the masterplan and names items for display, asking the
 * module that owns each kind of item through its facade.
 */
@Component
class ReviewTargets {

    static final String FIELD = "targetKey";

    private final Programmes programmes;
    private final Issues issues;
    private final Goals goals;
    private final Indicators indicators;
    private final Sessions sessions;
    private final List<ChapterTitles> chapterTitles;

    ReviewTargets(
            Programmes programmes,
            Issues issues,
            Goals goals,
            Indicators indicators,
            Sessions sessions,
            List<ChapterTitles> chapterTitles) {
        this.chapterTitles = List.copyOf(chapterTitles);
        this.programmes = programmes;
        this.issues = issues;
        this.goals = goals;
        this.indicators = indicators;
        this.sessions = sessions;
    }

    /** The key in its stored form; 422 naming {@code targetKey} if it is malformed. */
    static String normalise(TargetKind kind, String key) {
        return kind.normalise(key)
                .orElseThrow(() -> InvalidInputException.of(FIELD, "review.targetKey.format", String.valueOf(key)));
    }

    /** The stored key of an existing item; 422 naming {@code targetKey} if there is no such item. */
    String existing(long masterplanId, TargetKind kind, String key) {
        String normalised = normalise(kind, key);
        try {
            return switch (kind) {
                case CHAPTER -> normalised;
                case PROGRAMME -> programmes.get(masterplanId, normalised).code();
                case PROBLEM ->
                    id(issues.get(masterplanId, IssueKind.PROBLEM, Long.parseLong(normalised))
                            .id());
                case POTENTIAL ->
                    id(issues.get(masterplanId, IssueKind.POTENTIAL, Long.parseLong(normalised))
                            .id());
                case GOAL ->
                    id(goals.get(masterplanId, Long.parseLong(normalised)).id());
                case INDICATOR ->
                    id(indicators.get(masterplanId, Long.parseLong(normalised)).id());
                case SESSION ->
                    id(sessions.get(masterplanId, Long.parseLong(normalised)).id());
            };
        } catch (NotFoundException e) {
            throw InvalidInputException.of(FIELD, "review.targetKey.unknown", key.strip());
        }
    }

    /**
     * Names of the items behind {@code targets} ("KIND:key" → name), one query per kind present;
     * chapters are named by their title in the books, items that no longer exist have no name.
     */
    Map<String, String> names(long masterplanId, Collection<ReviewComment> comments) {
        Set<TargetKind> kinds = comments.stream().map(ReviewComment::targetKind).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        if (kinds.contains(TargetKind.PROGRAMME)) {
            programmes.list(masterplanId).forEach(p -> names.put(key(TargetKind.PROGRAMME, p.code()), p.name()));
        }
        if (kinds.contains(TargetKind.PROBLEM)) {
            issues.list(masterplanId, IssueKind.PROBLEM)
                    .forEach(i -> names.put(key(TargetKind.PROBLEM, id(i.id())), i.title()));
        }
        if (kinds.contains(TargetKind.POTENTIAL)) {
            issues.list(masterplanId, IssueKind.POTENTIAL)
                    .forEach(i -> names.put(key(TargetKind.POTENTIAL, id(i.id())), i.title()));
        }
        if (kinds.contains(TargetKind.GOAL)) {
            goals.list(masterplanId).forEach(g -> names.put(key(TargetKind.GOAL, id(g.id())), g.statement()));
        }
        if (kinds.contains(TargetKind.INDICATOR)) {
            indicators.list(masterplanId).forEach(i -> names.put(key(TargetKind.INDICATOR, id(i.id())), i.name()));
        }
        if (kinds.contains(TargetKind.SESSION)) {
            sessions.list(masterplanId).forEach(s -> names.put(key(TargetKind.SESSION, id(s.id())), s.title()));
        }
        comments.stream()
                .filter(c -> c.targetKind() == TargetKind.CHAPTER)
                .map(ReviewComment::targetKey)
                .distinct()
                .forEach(code -> {
                    String title = chapterTitle(code);
                    if (title != null) {
                        names.put(key(TargetKind.CHAPTER, code), title);
                    }
                });
        return names;
    }

    /** The title of a book chapter as the books use it, or null when no module knows it. */
    private String chapterTitle(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return chapterTitles.stream()
                .map(titles -> titles.title(code, locale))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    /** The name of one item (a chapter's title), or null for an item that no longer exists. */
    String name(long masterplanId, TargetKind kind, String key) {
        try {
            return switch (kind) {
                case CHAPTER -> chapterTitle(key);
                case PROGRAMME -> programmes.get(masterplanId, key).name();
                case PROBLEM ->
                    issues.get(masterplanId, IssueKind.PROBLEM, Long.parseLong(key))
                            .title();
                case POTENTIAL ->
                    issues.get(masterplanId, IssueKind.POTENTIAL, Long.parseLong(key))
                            .title();
                case GOAL -> goals.get(masterplanId, Long.parseLong(key)).statement();
                case INDICATOR ->
                    indicators.get(masterplanId, Long.parseLong(key)).name();
                case SESSION -> sessions.get(masterplanId, Long.parseLong(key)).title();
            };
        } catch (NotFoundException | NumberFormatException e) {
            return null;
        }
    }

    /** Whether the item is in the masterplan; chapters always are. */
    boolean exists(long masterplanId, TargetKind kind, String key) {
        return kind == TargetKind.CHAPTER || name(masterplanId, kind, key) != null;
    }

    static String key(TargetKind kind, String key) {
        return kind.name() + ":" + key;
    }

    private static String id(long id) {
        return Long.toString(id);
    }
}
