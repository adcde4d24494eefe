package id.rancang.bimtek;

/** A participant registered for a session and how they attended ({@code null}: absent). */
public record Attendee(Participant participant, Presence presence) {

    public boolean attended() {
        return presence != null;
    }
}
