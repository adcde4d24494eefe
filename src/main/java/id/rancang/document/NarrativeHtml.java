package id.rancang.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The formatting a narrative may use (paragraphs, headings, lists, bold, italic, links, tables)
 * and nothing else: no script, style, event handler or foreign URL scheme survives.
 */
public final class NarrativeHtml {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img", "div", "span", "sub", "sup", "dl", "dt", "dd", "cite", "q", "code", "pre", "u")
            .removeTags("h1", "h5", "h6")
            .addProtocols("a", "href", "https", "http", "mailto")
            .addAttributes("a", "rel");

    private NarrativeHtml() {}

    /** Sanitised HTML to store and show. */
    public static String sanitise(String html) {
        return Jsoup.clean(html == null ? "" : html, ALLOWED);
    }

    static Document parse(String html) {
        return Jsoup.parseBodyFragment(sanitise(html));
    }
}
