package id.rancang.publication;

import id.rancang.programme.Programme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares the data of two versions. */
final class VersionDiffer {

    private VersionDiffer() {}

    static VersionDiff diff(Version from, PlanData before, Version to, PlanData after) {
        Map<String, Programme> old = byCode(before);
        Map<String, Programme> now = byCode(after);
        List<VersionDiff.ProgrammeRef> added = now.values().stream()
                .filter(p -> !old.containsKey(p.code()))
                .map(p -> new VersionDiff.ProgrammeRef(p.code(), p.name()))
                .toList();
        List<VersionDiff.ProgrammeRef> removed = old.values().stream()
                .filter(p -> !now.containsKey(p.code()))
                .map(p -> new VersionDiff.ProgrammeRef(p.code(), p.name()))
                .toList();
        List<VersionDiff.ProgrammeChange> changed = new ArrayList<>();
        for (Programme was : old.values()) {
            Programme is = now.get(was.code());
            if (is != null) {
                List<VersionDiff.FieldChange> changes = changes(before, was, after, is);
                if (!changes.isEmpty()) {
                    changed.add(new VersionDiff.ProgrammeChange(is.code(), is.name(), changes));
                }
            }
        }
        long totalBefore =
                before.programmes().stream().mapToLong(Programme::totalCost).sum();
        long totalAfter =
                after.programmes().stream().mapToLong(Programme::totalCost).sum();
        TreeSet<Integer> years = new TreeSet<>();
        for (int y = before.startYear(); y <= before.endYear(); y++) {
            years.add(y);
        }
        for (int y = after.startYear(); y <= after.endYear(); y++) {
            years.add(y);
        }
        List<VersionDiff.YearSpend> spend = years.stream()
                .map(y -> new VersionDiff.YearSpend(y, before.spendIn(y), after.spendIn(y)))
                .toList();
        List<String> rewritten = Arrays.stream(NarrativeChapter.values())
                .filter(chapter -> !before.narrative(chapter).equals(after.narrative(chapter))
                        || !before.narrativeInEnglish(chapter).equals(after.narrativeInEnglish(chapter)))
                .map(NarrativeChapter::code)
                .sorted()
                .toList();
        List<VersionDiff.Count> counts = List.of(
                new VersionDiff.Count(
                        "problems", before.problems().size(), after.problems().size()),
                new VersionDiff.Count(
                        "potentials",
                        before.potentials().size(),
                        after.potentials().size()),
                new VersionDiff.Count(
                        "goals", before.goals().size(), after.goals().size()),
                new VersionDiff.Count(
                        "indicators",
                        before.indicators().size(),
                        after.indicators().size()),
                new VersionDiff.Count(
                        "programmes",
                        before.programmes().size(),
                        after.programmes().size()),
                new VersionDiff.Count("quickWins", quickWins(before), quickWins(after)));
        return new VersionDiff(
                from,
                to,
                added,
                removed,
                changed,
                new VersionDiff.Budget(totalBefore, totalAfter, totalAfter - totalBefore, spend),
                rewritten,
                counts);
    }

    private static int quickWins(PlanData data) {
        return (int) data.programmes().stream().filter(Programme::quickWin).count();
    }

    private static Map<String, Programme> byCode(PlanData data) {
        return data.programmes().stream()
                .collect(Collectors.toMap(Programme::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The fields of a programme a reader of the books would notice, by their API names. */
    private static List<VersionDiff.FieldChange> changes(PlanData before, Programme was, PlanData after, Programme is) {
        Map<String, Function<Programme, Object>> fields = new LinkedHashMap<>();
        fields.put("name", Programme::name);
        fields.put("description", Programme::description);
        fields.put("dimension", Programme::dimension);
        fields.put("subDimension", Programme::subDimension);
        fields.put("ownerOffice", Programme::ownerOffice);
        fields.put("supportingOffices", Programme::supportingOffices);
        fields.put("innovation", Programme::innovation);
        fields.put("innovationType", Programme::innovationType);
        fields.put("durationYears", Programme::durationYears);
        fields.put("costs", Programme::costs);
        fields.put("totalCost", Programme::totalCost);
        fields.put("fundingSource", Programme::fundingSource);
        fields.put(
                "value",
                p -> p.value() == null ? null : p.value().stripTrailingZeros().toPlainString());
        fields.put("mandatory", Programme::mandatory);
        fields.put("dependsOn", Programme::dependsOn);
        fields.put("status", Programme::status);
        fields.put("quickWin", Programme::quickWin);
        fields.put("quickWinDetails", Programme::quickWinDetails);
        List<VersionDiff.FieldChange> changes = new ArrayList<>();
        fields.forEach((field, value) -> {
            Object a = value.apply(was);
            Object b = value.apply(is);
            if (!Objects.equals(a, b)) {
                changes.add(new VersionDiff.FieldChange(field, text(a), text(b)));
            }
        });
        Integer startBefore = before.startOf(was);
        Integer startAfter = after.startOf(is);
        if (!Objects.equals(startBefore, startAfter)) {
            changes.add(new VersionDiff.FieldChange("startYear", text(startBefore), text(startAfter)));
        }
        return changes;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof id.rancang.programme.QuickWin q) {
            return java.util.stream.Stream.of(
                            q.publicName(),
                            q.beneficiaries(),
                            q.timeline(),
                            q.completionPercent() == null ? null : q.completionPercent() + " %",
                            q.impactMeasures())
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(" · "));
        }
        return String.valueOf(value);
    }
}
