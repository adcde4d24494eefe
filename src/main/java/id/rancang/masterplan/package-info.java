/**
 * The masterplan of a region for a period: its dimension framework, start year and horizon (5–10
 * years), title, Bimtek stage (1–4) and status. Every later step of the work hangs off it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Masterplan")
package id.rancang.masterplan;
