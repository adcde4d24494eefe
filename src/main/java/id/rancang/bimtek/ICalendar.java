package id.rancang.bimtek;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes sessions as an RFC 5545 calendar: times in UTC (so every calendar shows them in its own
 * zone), text escaped, lines folded at 75 octets without splitting a UTF-8 character, CRLF endings.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    public ICalendar() {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Rancang//Bimtek//ID");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
    }

    /** Adds a session; {@code host} makes the UID unique to this installation. */
    public ICalendar add(Session session, String host, Instant stamp) {
        line("BEGIN:VEVENT");
        line("UID:bimtek-session-" + session.id() + "@" + host);
        line("DTSTAMP:" + UTC.format(stamp));
        line("DTSTART:" + UTC.format(session.startsAt()));
        line("DTEND:" + UTC.format(session.endsAt()));
        line("SUMMARY:" + escape(session.title()));
        String location = session.venue() != null ? session.venue() : session.onlineUrl();
        if (location != null) {
            line("LOCATION:" + escape(location));
        }
        if (session.onlineUrl() != null) {
            line("URL:" + session.onlineUrl());
        }
        StringBuilder description = new StringBuilder();
        for (Session.AgendaItem item : session.agenda()) {
            description.append(item.startsAt().toLocalTime()).append(' ').append(item.title());
            if (item.speaker() != null) {
                description.append(" (").append(item.speaker()).append(')');
            }
            description.append('\n');
        }
        if (!description.isEmpty()) {
            line("DESCRIPTION:" + escape(description.toString().strip()));
        }
        line("SEQUENCE:" + session.version());
        line("END:VEVENT");
        return this;
    }

    public String build() {
        return out + foldedLine("END:VCALENDAR");
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    private void line(String content) {
        out.append(foldedLine(content));
    }

    /** Folds a content line into parts of at most 75 octets, continuation lines starting with a space. */
    static String foldedLine(String content) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }
}
