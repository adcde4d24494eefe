package id.rancang.framework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A dimension taxonomy: dimensions, each with sub-dimensions, identified by stable codes. */
public record Framework(
        String code, String edition, LocalizedText name, LocalizedText source, List<Dimension> dimensions) {

    public record Dimension(String code, LocalizedText name, List<SubDimension> subDimensions) {

        public Optional<SubDimension> subDimension(String code) {
            return subDimensions.stream().filter(s -> s.code().equals(code)).findFirst();
        }
    }

    public record SubDimension(String code, LocalizedText name) {}

    public Optional<Dimension> dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The dimension's name in {@code locale}, or the code itself where the framework has no such dimension. */
    public String dimensionName(String code, Locale locale) {
        return dimension(code).map(d -> d.name().in(locale)).orElse(code);
    }
}
