/**
 * Buku 1 (strategic analysis) of a masterplan: the regional profile, the readiness analysis
 * (SWOT items and 1–5 ratings per readiness sub-element, with gaps and a radar chart), problems
 * and potentials per dimension of the masterplan's framework, the initiatives already running, and
 * their Excel round trip. Every record belongs to a masterplan and is read through the masterplan
 * facade, which enforces the tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analysis")
package id.rancang.analysis;
