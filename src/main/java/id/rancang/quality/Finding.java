package id.rancang.quality;

/**
 * One finding of the quality check. {@code code} is stable (e.g. {@code DEPENDENCY_CYCLE});
 * {@code subject} is the programme code, goal or problem id or dimension code concerned; the message is the
 * key {@code check.<code>} with {@code arguments}, resolved in the reader's language.
 */
public record Finding(String code, Severity severity, String subject, Object[] arguments) {

    public String messageKey() {
        return "check." + code;
    }

    /** The arguments for {@code locale}: texts kept in both languages are given in that one. */
    public Object[] arguments(java.util.Locale locale) {
        Object[] resolved = arguments.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof id.rancang.framework.LocalizedText text) {
                resolved[i] = text.in(locale);
            }
        }
        return resolved;
    }
}
