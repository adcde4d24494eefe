/**
 * Dimension frameworks (GMSC 2021, Giffinger 2007, the 2026 draft regulation) shipped as versioned
 * data under {@code classpath:frameworks/}, so that a new national taxonomy is a data change, not
 * a code change. Indicator catalogues will live here too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Framework")
package id.rancang.framework;
