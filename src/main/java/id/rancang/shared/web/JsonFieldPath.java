package id.rancang.shared.web;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/** The JSON path ("costs[2]", "profile.population") of a value that could not be read. */
final class JsonFieldPath {

    private JsonFieldPath() {}

    static String of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return jackson.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null
                                ? "." + ref.getPropertyName()
                                : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining())
                        .replaceFirst("^\\.", "");
            }
        }
        return null;
    }
}
