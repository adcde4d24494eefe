package id.rancang.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a set of programmes costs: per plan year (scheduled programmes only), and in total per
 * dimension, owner office and funding source. {@code unscheduled} is the cost of programmes whose
 * start year is still open.
 */
public record ProgrammeTotals(
        Map<Integer, Long> perYear,
        Map<String, Long> perDimension,
        Map<String, Long> perOffice,
        Map<FundingSource, Long> perFundingSource,
        long unscheduled,
        long total) {

    public static ProgrammeTotals of(List<Programme> programmes, int firstYear, int horizonYears) {
        Map<Integer, Long> perYear = new LinkedHashMap<>();
        for (int year = firstYear; year < firstYear + horizonYears; year++) {
            perYear.put(year, 0L);
        }
        Map<String, Long> perDimension = new LinkedHashMap<>();
        Map<String, Long> perOffice = new TreeMap<>();
        Map<FundingSource, Long> perFunding = new LinkedHashMap<>();
        long unscheduled = 0;
        long total = 0;
        for (Programme programme : programmes) {
            long cost = programme.totalCost();
            total += cost;
            perDimension.merge(programme.dimension(), cost, Long::sum);
            perOffice.merge(programme.ownerOffice() == null ? "–" : programme.ownerOffice(), cost, Long::sum);
            perFunding.merge(programme.fundingSource(), cost, Long::sum);
            if (programme.startYear() == null) {
                unscheduled += cost;
            } else {
                for (Map.Entry<Integer, Long> year : perYear.entrySet()) {
                    year.setValue(year.getValue() + programme.costIn(year.getKey()));
                }
            }
        }
        return new ProgrammeTotals(perYear, perDimension, perOffice, perFunding, unscheduled, total);
    }
}
