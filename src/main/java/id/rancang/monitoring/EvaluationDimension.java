package id.rancang.monitoring;

import java.util.Locale;
import java.util.Optional;

/** The five dimensions of the national evaluation, named in documents by {@link #key()}. */
public enum EvaluationDimension {
    BASELINE,
    OUTPUT,
    OUTCOME,
    IMPACT,
    QUICK_WIN;

    /** "baseline", …, "quick_win". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EvaluationDimension> ofKey(String key) {
        for (EvaluationDimension d : values()) {
            if (d.key().equals(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
