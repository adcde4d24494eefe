package id.rancang.programme;

import id.rancang.masterplan.Masterplan;
import java.util.Map;

/**
 * A plan made outside the programme module that start years must keep (the adopted roadmap).
 * {@link Programmes} calls every policy before it saves programmes whose start year changed, in
 * the same transaction, so the policy can refuse the change or follow it.
 */
public interface StartYearPolicy {

    /**
     * @param startYears the new start year by programme code; a {@code null} value leaves the
     *     programme without a start year
     * @throws id.rancang.shared.InvalidInputException on field {@code startYear} when the change
     *     breaks the plan
     */
    void startYearsChanged(Masterplan masterplan, Map<String, Integer> startYears);
}
