package id.rancang.programme;

import java.util.List;

/** The criteria and the full n×n pairwise comparison matrix, row and column in the criteria's order. */
public record CriteriaCommand(List<Criterion> criteria, List<List<Double>> pairwise) {}
