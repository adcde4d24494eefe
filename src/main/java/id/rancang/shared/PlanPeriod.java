package id.rancang.shared;

import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;

/** The years a plan covers: {@code startYear} and the following {@code horizonYears - 1} years. */
public record PlanPeriod(Year startYear, int horizonYears) {

    public PlanPeriod {
        if (startYear == null || horizonYears < 1) {
            throw new IllegalArgumentException("A plan period needs a start year and at least one year");
        }
    }

    public static PlanPeriod of(int startYear, int horizonYears) {
        return new PlanPeriod(Year.of(startYear), horizonYears);
    }

    public Year endYear() {
        return startYear.plusYears(horizonYears - 1L);
    }

    public boolean overlaps(PlanPeriod other) {
        return !startYear.isAfter(other.endYear()) && !other.startYear.isAfter(endYear());
    }

    public boolean contains(Year year) {
        return !year.isBefore(startYear) && !year.isAfter(endYear());
    }

    public List<Year> years() {
        return IntStream.range(0, horizonYears).mapToObj(startYear::plusYears).toList();
    }

    /** "2026–2035". */
    public String label() {
        return startYear + "\u2013" + endYear();
    }
}
