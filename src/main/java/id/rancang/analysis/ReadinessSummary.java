package id.rancang.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Current and required readiness per element and sub-element. An element's figures are the means
 * of its rated sub-elements; unrated sub-elements (and elements without any) carry nulls.
 */
public record ReadinessSummary(List<ElementScore> elements) {

    public record ElementScore(
            String code, Double current, Double required, Double gap, List<SubElementScore> subElements) {}

    public record SubElementScore(String code, Integer current, Integer required, Integer gap) {

        public boolean rated() {
            return current != null;
        }
    }

    /** Rated sub-elements, largest gap first. */
    public List<SubElementScore> byGap() {
        return elements.stream()
                .flatMap(e -> e.subElements().stream())
                .filter(SubElementScore::rated)
                .sorted(Comparator.comparing(SubElementScore::gap, Comparator.reverseOrder())
                        .thenComparing(SubElementScore::code))
                .toList();
    }

    public List<SubElementScore> subElements() {
        return elements.stream().flatMap(e -> e.subElements().stream()).toList();
    }

    public boolean hasRatings() {
        return subElements().stream().anyMatch(SubElementScore::rated);
    }

    /** Builds the summary of {@code model} from the given ratings. */
    public static ReadinessSummary of(ReadinessModel model, List<ReadinessRating> ratings) {
        List<ElementScore> elements = model.elements().stream()
                .map(element -> {
                    List<SubElementScore> subs = element.subElements().stream()
                            .map(sub -> ratings.stream()
                                    .filter(r -> r.subElement().equals(sub.code()))
                                    .findFirst()
                                    .map(r -> new SubElementScore(sub.code(), r.current(), r.required(), r.gap()))
                                    .orElse(new SubElementScore(sub.code(), null, null, null)))
                            .toList();
                    Double current =
                            mean(subs.stream().map(SubElementScore::current).toList());
                    Double required =
                            mean(subs.stream().map(SubElementScore::required).toList());
                    // The mean of the gaps (equal to required − current), rounded once.
                    Double gap = mean(subs.stream().map(SubElementScore::gap).toList());
                    return new ElementScore(element.code(), current, required, gap, subs);
                })
                .toList();
        return new ReadinessSummary(elements);
    }

    private static Double mean(List<Integer> values) {
        List<Integer> rated = values.stream().filter(Objects::nonNull).toList();
        return rated.isEmpty()
                ? null
                : round(rated.stream().mapToInt(Integer::intValue).average().orElseThrow());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
