package id.rancang.monitoring;

import java.util.List;

/**
 * What an office still has to report for a year: the indicators without an actual value and the
 * programmes without progress, out of {@code total} items it owns.
 */
public record UpdatesDue(String officeCode, String officeName, int year, int total, List<String> missing) {

    public boolean late() {
        return !missing.isEmpty();
    }
}
