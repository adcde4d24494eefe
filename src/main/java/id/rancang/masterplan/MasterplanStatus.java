package id.rancang.masterplan;

/** Where a masterplan is in its life; an archived one no longer blocks a new plan for its years. */
public enum MasterplanStatus {
    DRAFT,
    ADOPTED,
    ARCHIVED;

    public boolean isActive() {
        return this != ARCHIVED;
    }
}
