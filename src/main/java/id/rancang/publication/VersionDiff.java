package id.rancang.publication;

import java.util.List;

/**
 * What changed from one version to another: programmes added, removed and changed (field by
 * field), the budget in total and per year, narratives rewritten, and counts of the analysis and
 * strategy items.
 */
public record VersionDiff(
        Version from,
        Version to,
        List<ProgrammeRef> programmesAdded,
        List<ProgrammeRef> programmesRemoved,
        List<ProgrammeChange> programmesChanged,
        Budget budget,
        List<String> narrativesChanged,
        List<Count> counts) {

    public record ProgrammeRef(String code, String name) {}

    public record ProgrammeChange(String code, String name, List<FieldChange> changes) {}

    public record FieldChange(String field, String before, String after) {}

    public record Budget(long before, long after, long difference, List<YearSpend> years) {}

    public record YearSpend(int year, long before, long after) {}

    public record Count(String item, int before, int after) {}

    public boolean empty() {
        return programmesAdded.isEmpty()
                && programmesRemoved.isEmpty()
                && programmesChanged.isEmpty()
                && budget.difference() == 0
                && narrativesChanged.isEmpty()
                && counts.stream().allMatch(c -> c.before() == c.after());
    }
}
