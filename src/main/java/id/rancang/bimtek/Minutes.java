package id.rancang.bimtek;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Minutes are formatted text (paragraphs, lists, emphasis, headings, links). Whatever is pasted in
 * is cleaned to that set before it is stored, so pages can show it as HTML without risk.
 */
final class Minutes {

    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h3", "h4", "table", "thead", "tbody", "tr", "th", "td")
            .addAttributes("th", "scope");

    private Minutes() {}

    static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "", ALLOWED, settings).strip();
        return clean.isEmpty() ? null : clean;
    }
}
