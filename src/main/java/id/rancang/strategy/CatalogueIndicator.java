package id.rancang.strategy;

import id.rancang.framework.LocalizedText;

/**
 * An indicator of a published standard, e.g. {@code EC:ICT:ICT:1C} (household internet access, %)
 * of ITU U4SSC; {@code dimension} suggests the GMSC dimension it usually serves.
 */
public record CatalogueIndicator(
        String code, String standard, LocalizedText name, String unit, Direction direction, String dimension) {}
