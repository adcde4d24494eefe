/**
 * The roadmap: which programmes run in which years of the masterplan, under each year's budget
 * ceiling. The scheduling model (GUIDE.md section 9) is plain Java; the proven-best schedule comes
 * from a {@link id.rancang.roadmap.RoadmapSolver} (CP-SAT behind it), beside a transparent greedy
 * baseline, and every schedule, solved or edited by hand, is checked by the same rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roadmap")
package id.rancang.roadmap;
