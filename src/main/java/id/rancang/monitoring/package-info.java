/**
 * After adoption: the actual value of every indicator per year, the progress of every programme
 * and quick win, achievement against the targets, who still has to report and reminders to them,
 * and the yearly national evaluation of masterplans with its weighted index and ranking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package id.rancang.monitoring;
