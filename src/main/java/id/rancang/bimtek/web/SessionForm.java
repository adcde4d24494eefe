package id.rancang.bimtek.web;

import id.rancang.bimtek.Session;

/**
 * The session form as typed: local date-times in the region's zone, everything else as text. Even
 * the stage and the version stay text here, so that the form can always be built and every field
 * that does not parse is named beside itself rather than failing the request.
 */
public record SessionForm(
        String stage,
        String title,
        String startsAt,
        String endsAt,
        String mode,
        String venue,
        String onlineUrl,
        String openedBy,
        String minutes,
        String version) {

    static SessionForm empty(int stage) {
        return new SessionForm(String.valueOf(stage), "", "", "", "HYBRID", "", "", "", "", null);
    }

    /** The same entries over another version of the session. */
    SessionForm over(long version) {
        return new SessionForm(
                stage, title, startsAt, endsAt, mode, venue, onlineUrl, openedBy, minutes, String.valueOf(version));
    }

    static SessionForm of(Session s) {
        return new SessionForm(
                String.valueOf(s.stage()),
                s.title(),
                s.startsAt().toLocalDateTime().toString(),
                s.endsAt().toLocalDateTime().toString(),
                s.mode().name(),
                s.venue(),
                s.onlineUrl(),
                s.openedBy(),
                s.minutes(),
                String.valueOf(s.version()));
    }
}
