package id.rancang.strategy;

import id.rancang.framework.LocalizedText;
import java.util.Locale;

/**
 * An indicator of a published standard, e.g. {@code EC:ICT:ICT:1C} (household internet access, %)
 * of ITU U4SSC; {@code dimension} suggests the GMSC dimension it usually serves.
 */
public record CatalogueIndicator(
        String code,
        String standard,
        LocalizedText name,
        String unit,
        String unitEn,
        Direction direction,
        String dimension) {

    /** The unit in the reader's language ("per 100.000 penduduk", "per 100,000 population"). */
    public String unitIn(Locale locale) {
        return new LocalizedText(unit, unitEn).in(locale);
    }
}
