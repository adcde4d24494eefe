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

    /**
     * The dimension of {@code key}, whatever its case: documents write "baseline", the API's
     * listings name the dimension "BASELINE", and both are read back.
     */
    public static Optional<EvaluationDimension> ofKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String lower = key.strip().toLowerCase(Locale.ROOT);
        for (EvaluationDimension d : values()) {
            if (d.key().equals(lower)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
