/**
 * The quality check of a masterplan: what a national expert looks for in stage IV (prerequisite
 * cycles, programmes without an owner, goal or indicator, programmes outside the plan's years,
 * goals that nothing serves, problems of the analysis that no programme answers, dimensions without a quick win, programmes aligned with no RPJMD goal), each finding with a stable code, a
 * severity and its subject.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality check")
package id.rancang.quality;
