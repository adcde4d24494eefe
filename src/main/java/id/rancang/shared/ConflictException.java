package id.rancang.shared;

/**
 * The change conflicts with the current state (a duplicate, an overlap, a newer version);
 * answered with 409. The message key and arguments are resolved in the user's language.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
