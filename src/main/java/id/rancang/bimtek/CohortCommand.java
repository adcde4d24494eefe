package id.rancang.bimtek;

/** Sets the cohort year of a masterplan's Bimtek (2017, the first cohort, to next year). */
public record CohortCommand(Integer cohortYear) {}
