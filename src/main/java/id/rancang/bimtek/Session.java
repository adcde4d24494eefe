package id.rancang.bimtek;

import id.rancang.shared.IndonesianTimeZone;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A Bimtek session (a day or two of one stage): when and where, who opened it, its agenda, the
 * minutes (sanitised formatted text) and the action items agreed. Times carry the offset of the
 * region's zone (WIB, WITA or WIT).
 */
public record Session(
        long id,
        long masterplanId,
        int stage,
        String title,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        SessionMode mode,
        String venue,
        String onlineUrl,
        String openedBy,
        String minutes,
        List<AgendaItem> agenda,
        List<ActionItem> actionItems,
        IndonesianTimeZone timeZone,
        long version) {

    /** A point on the agenda: when, what, and who speaks in what capacity. */
    public record AgendaItem(OffsetDateTime startsAt, String title, String speaker, SpeakerRole speakerRole) {}

    /** A follow-up agreed in the session: what, who, by when, and whether it is done. */
    public record ActionItem(String description, String owner, LocalDate dueDate, boolean done) {}
}
