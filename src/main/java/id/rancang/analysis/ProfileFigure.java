package id.rancang.analysis;

import java.math.BigDecimal;

/** A free figure of the regional profile, e.g. "Angka kemiskinan", 11.2, "%", 2024, "BPS". */
public record ProfileFigure(String name, BigDecimal value, String unit, Integer year, String source) {}
