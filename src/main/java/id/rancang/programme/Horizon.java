package id.rancang.programme;

/** Short (about a year), medium (up to five years) or long term (up to ten years). */
public enum Horizon {
    SHORT,
    MEDIUM,
    LONG;

    /** The horizon a programme of this many years naturally belongs to. */
    public static Horizon forDuration(int years) {
        if (years <= 1) {
            return SHORT;
        }
        return years <= 5 ? MEDIUM : LONG;
    }
}
