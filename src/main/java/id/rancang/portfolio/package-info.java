/**
 * The national view across regions: every masterplan the caller may see (all for the national
 * coordinator, the assigned regions for an expert) with its cohort, province, Bimtek stage and
 * outputs done. Other modules add figures (open quality-check errors, open review comments)
 * through {@link id.rancang.portfolio.PortfolioFigure}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package id.rancang.portfolio;
