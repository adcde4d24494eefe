package id.rancang.analysis;

/**
 * How ready the region is in one readiness sub-element today ({@code current}) and what the smart
 * city needs ({@code required}), each on a 1–5 scale; the gap is their difference.
 */
public record ReadinessRating(String subElement, int current, int required, String note, long version) {

    @com.fasterxml.jackson.annotation.JsonProperty("gap")
    public int gap() {
        return required - current;
    }
}
