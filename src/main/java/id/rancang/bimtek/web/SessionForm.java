package id.rancang.bimtek.web;

import id.rancang.bimtek.Session;

/** The session form as typed: local date-times in the region's zone, everything else as text. */
public record SessionForm(
        Integer stage,
        String title,
        String startsAt,
        String endsAt,
        String mode,
        String venue,
        String onlineUrl,
        String openedBy,
        String minutes,
        Long version) {

    static SessionForm empty(int stage) {
        return new SessionForm(stage, "", "", "", "HYBRID", "", "", "", "", null);
    }

    /** The same entries over another version of the session. */
    SessionForm over(Long version) {
        return new SessionForm(stage, title, startsAt, endsAt, mode, venue, onlineUrl, openedBy, minutes, version);
    }

    static SessionForm of(Session s) {
        return new SessionForm(
                s.stage(),
                s.title(),
                s.startsAt().toLocalDateTime().toString(),
                s.endsAt().toLocalDateTime().toString(),
                s.mode().name(),
                s.venue(),
                s.onlineUrl(),
                s.openedBy(),
                s.minutes(),
                s.version());
    }
}
