package id.rancang.analysis;

/** What a masterplan's strategic analysis (Buku 1) has reached, e.g. for a stage's checklist. */
public enum AnalysisMilestone {
    /** Readiness sub-elements rated. */
    READINESS_RATED,
    /** SWOT items recorded and ratings to show the gaps. */
    SWOT_AND_GAPS,
    /** At least one problem and one potential recorded. */
    PROBLEMS_AND_POTENTIALS
}
