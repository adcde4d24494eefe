package id.rancang.shared;

/** The user sees the resource but may not do this to it; answered with 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException() {
        super("forbidden");
    }
}
