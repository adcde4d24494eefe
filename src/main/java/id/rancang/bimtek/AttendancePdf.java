package id.rancang.bimtek;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/**
 * The attendance sheet (daftar hadir) as the signed paper form: a heading naming the session, then
 * numbered rows with name, position, office, category and a signature box, alternating left and
 * right as Indonesian sheets do. The text is set in DejaVu Sans (covers Indonesian and the
 * symbols used) when the font is installed, otherwise in the PDF base font.
 */
public final class AttendancePdf {

    public static final String CONTENT_TYPE = "application/pdf";

    static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final File FONT_BOLD = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    private AttendancePdf() {}

    public static byte[] pdf(
            String regionName, Session session, List<Attendee> attendees, Function<String, String> text) {
        String html = html(regionName, session, attendees, text);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (FONT.isFile() && FONT_BOLD.isFile()) {
                builder.useFont(FONT, "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(FONT_BOLD, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(String regionName, Session session, List<Attendee> attendees, Function<String, String> text) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm", Locale.forLanguageTag("id-ID"));
        StringBuilder rows = new StringBuilder();
        int number = 0;
        for (Attendee attendee : attendees) {
            Participant p = attendee.participant();
            number++;
            String presence = attendee.presence() == null
                    ? text.apply("bimtek.presence.ABSENT")
                    : text.apply("bimtek.presence." + attendee.presence());
            String sign = attendee.presence() == Presence.IN_PERSON
                    ? "<span class=\"" + (number % 2 == 1 ? "left" : "right") + "\">" + number + ".</span>"
                    : "";
            rows.append("<tr><td class=\"n\">")
                    .append(number)
                    .append("</td><td>")
                    .append(esc(p.name()))
                    .append("</td><td>")
                    .append(esc(p.position()))
                    .append("</td><td>")
                    .append(esc(p.affiliation()))
                    .append("</td><td>")
                    .append(esc(text.apply("bimtek.category." + p.category())))
                    .append("</td><td>")
                    .append(esc(presence))
                    .append("</td><td class=\"sign\">")
                    .append(sign)
                    .append("</td></tr>");
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><style>"
                + "@page { size: A4 landscape; margin: 15mm; }"
                + "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }"
                + "h1 { font-size: 12pt; text-align: center; margin: 0 0 2mm; }"
                + "p.meta { text-align: center; margin: 0 0 1mm; }"
                + "table { width: 100%; border-collapse: collapse; margin-top: 4mm; }"
                + "th, td { border: 0.5pt solid #000; padding: 1.5mm; vertical-align: top; }"
                + "th { font-weight: bold; background: #eee; }"
                + "td.n { width: 8mm; text-align: right; } td.sign { width: 45mm; height: 9mm; }"
                + "span.right { margin-left: 20mm; }"
                + "</style></head><body>"
                + "<h1>" + esc(text.apply("bimtek.sheet.title")) + "</h1>"
                + "<p class=\"meta\">" + esc(regionName) + "</p>"
                + "<p class=\"meta\"><b>" + esc(session.title()) + "</b></p>"
                + "<p class=\"meta\">"
                + esc(when.format(session.startsAt()) + " – " + when.format(session.endsAt()) + " "
                        + session.timeZone().name())
                + "</p>"
                + "<p class=\"meta\">" + esc(session.venue()) + "</p>"
                + "<table><thead><tr>"
                + th(text, "bimtek.sheet.number") + th(text, "bimtek.participant.name")
                + th(text, "bimtek.participant.position") + th(text, "bimtek.participant.organisation")
                + th(text, "bimtek.participant.category") + th(text, "bimtek.attendance.presence")
                + th(text, "bimtek.sheet.signature")
                + "</tr></thead><tbody>" + rows + "</tbody></table></body></html>";
    }

    private static String th(Function<String, String> text, String key) {
        return "<th>" + esc(text.apply(key)) + "</th>";
    }

    private static String esc(String value) {
        return value == null ? "" : Entities.escape(value);
    }
}
