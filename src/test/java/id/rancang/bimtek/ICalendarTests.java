package id.rancang.bimtek;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.shared.IndonesianTimeZone;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTests {

    private static final OffsetDateTime START = OffsetDateTime.parse("2024-06-05T08:00:00+08:00");

    private static Session session(String title) {
        return new Session(
                7,
                1,
                1,
                title,
                START,
                START.plusHours(8),
                SessionMode.HYBRID,
                "Rumah Bina Saron, Larantuka",
                "https://zoom.example/j/1",
                "Badarrudin",
                null,
                List.of(new Session.AgendaItem(START, "Pembukaan", "Badarrudin", SpeakerRole.OFFICIAL)),
                List.of(),
                IndonesianTimeZone.WITA,
                3);
    }

    @Test
    void timesAreWrittenInUtcWithCrlfLines() {
        String ics = new ICalendar()
                .add(session("Bimtek Tahap I"), "rancang", Instant.parse("2024-06-01T00:00:00Z"))
                .build();

        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("DTSTART:20240605T000000Z\r\n", "DTEND:20240605T080000Z\r\n", "UID:bimtek-session-7@rancang")
                .contains("SEQUENCE:3\r\n", "DTSTAMP:20240601T000000Z")
                .endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void textIsEscaped() {
        assertThat(ICalendar.escape("Larantuka, Flores; NTT\nhari 1\\2"))
                .isEqualTo("Larantuka\\, Flores\\; NTT\\nhari 1\\\\2");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String title = "Bimtek penyusunan masterplan – tahap pertama – ".repeat(5);
        String folded = ICalendar.foldedLine("SUMMARY:" + title);

        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + title + "\r\n");
    }
}
