package id.rancang.bimtek;

/**
 * A participant of the masterplan as seen from one session: whether they were registered (invited)
 * for it and how they attended ({@code null}: not, or not yet).
 */
public record Attendee(Participant participant, boolean registered, Presence presence) {

    public boolean attended() {
        return presence != null;
    }
}
