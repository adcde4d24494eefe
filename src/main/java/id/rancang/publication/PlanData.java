package id.rancang.publication;

import id.rancang.analysis.Initiative;
import id.rancang.analysis.Issue;
import id.rancang.analysis.ReadinessRating;
import id.rancang.analysis.RegionalProfile;
import id.rancang.analysis.SwotItem;
import id.rancang.programme.Programme;
import id.rancang.strategy.AlignmentItem;
import id.rancang.strategy.Goal;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.Vision;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the books of a masterplan are made of, as it stood on {@code date} (the date on the
 * covers): what a version freezes
 * and what two versions are compared by. Plain records of the modules that own the data.
 *
 * @param schedule start year per programme code: the adopted roadmap, else the programmes' own
 *     start years
 * @param ceilings the yearly budget ceilings of the adopted roadmap (empty when none is adopted)
 * @param narratives sanitised HTML per narrative chapter code
 * @param narrativesEn sanitised HTML of the English texts per chapter code (only those written)
 * @param signatories the signed commitment (who signed and when), in signing order
 */
public record PlanData(
        LocalDate date,
        String regionCode,
        String regionName,
        String title,
        String framework,
        int startYear,
        int horizonYears,
        RegionalProfile profile,
        List<ReadinessRating> ratings,
        List<SwotItem> swot,
        List<Issue> problems,
        List<Issue> potentials,
        List<Initiative> initiatives,
        Vision vision,
        List<Goal> goals,
        List<Indicator> indicators,
        List<AlignmentItem> alignmentItems,
        Map<String, List<Long>> alignmentLinks,
        List<Programme> programmes,
        boolean roadmapAdopted,
        Map<String, Integer> schedule,
        Map<Integer, Long> ceilings,
        Map<String, String> narratives,
        Map<String, String> narrativesEn,
        List<Signatory> signatories) {

    /** One signature on the commitment sheet. */
    public record Signatory(String name, String position, String role, LocalDate signedOn) {}

    public int endYear() {
        return startYear + horizonYears - 1;
    }

    /** The narrative of a chapter, or an empty string. */
    public String narrative(NarrativeChapter chapter) {
        return narratives == null ? "" : narratives.getOrDefault(chapter.code(), "");
    }

    /**
     * The narrative of a chapter for a book in English: its English text when the team wrote one,
     * else the Indonesian text (snapshots frozen before English texts existed have none).
     */
    public String narrativeInEnglish(NarrativeChapter chapter) {
        String english = narrativesEn == null ? "" : narrativesEn.getOrDefault(chapter.code(), "");
        return english.isBlank() ? narrative(chapter) : english;
    }

    /** The programme's start year in the roadmap (adopted, else its own), or null. */
    public Integer startOf(Programme programme) {
        return schedule.get(programme.code());
    }

    /** What the scheduled programmes cost in {@code year}. */
    public long spendIn(int year) {
        long spend = 0;
        for (Programme programme : programmes) {
            Integer start = startOf(programme);
            if (start != null && year >= start && year < start + programme.durationYears()) {
                spend += programme.costs().get(year - start);
            }
        }
        return spend;
    }
}
