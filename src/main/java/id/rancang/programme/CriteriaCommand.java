package id.rancang.programme;

import java.util.List;

/**
 * The criteria and the full n×n pairwise comparison matrix, row and column in the criteria's order.
 * With the version the writer saw (0: the defaults, nothing saved yet) the change is refused when
 * someone else saved meanwhile; without it, it replaces whatever is there.
 */
public record CriteriaCommand(List<Criterion> criteria, List<List<Double>> pairwise, Long version) {

    public CriteriaCommand(List<Criterion> criteria, List<List<Double>> pairwise) {
        this(criteria, pairwise, null);
    }
}
