package id.rancang.bimtek;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Plans or changes a session. Checked as a whole by {@link Sessions} so that every problem is
 * named at once; {@code version} is required when changing. Lists left out stay as they are.
 */
public record SessionCommand(
        Integer stage,
        String title,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        SessionMode mode,
        String venue,
        String onlineUrl,
        String openedBy,
        String minutes,
        List<AgendaItemCommand> agenda,
        List<ActionItemCommand> actionItems,
        Long version) {

    public record AgendaItemCommand(OffsetDateTime startsAt, String title, String speaker, SpeakerRole speakerRole) {}

    public record ActionItemCommand(String description, String owner, LocalDate dueDate, Boolean done) {}
}
