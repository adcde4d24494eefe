package id.rancang.shared;

/** A resource does not exist or is not visible to the current user; answered with 404. */
public class NotFoundException extends RuntimeException {

    private final String resource;

    public NotFoundException(String resource) {
        super(resource + " not found");
        this.resource = resource;
    }

    /** What was looked for, e.g. "masterplan 42"; not shown to users as such. */
    public String resource() {
        return resource;
    }
}
