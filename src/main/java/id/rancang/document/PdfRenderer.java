package id.rancang.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Book} as an accessible PDF (tagged, PDF/UA where the library allows): a cover,
 * a table of contents with page numbers, bookmarks per chapter and section, captioned tables and
 * figures, page numbers, and the DejaVu Sans font embedded so that every Indonesian letter and
 * symbol prints.
 */
@Component
class PdfRenderer {

    private static final String FONT = "DejaVu Sans";
    private static final List<FontFile> FONTS = List.of(
            new FontFile("fonts/DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new FontFile("fonts/DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new FontFile("fonts/DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new FontFile("fonts/DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    private static final String CSS = """
            @page { size: A4; margin: 25mm 22mm 22mm 22mm;
              @bottom-center { content: counter(page); font-family: 'DejaVu Sans'; font-size: 9pt; color: #555; } }
            @page :first { @bottom-center { content: none; } }
            body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.45; color: #1c1c1c; }
            .cover { text-align: center; padding-top: 60mm; }
            .cover p { text-align: center; font-size: 14pt; color: #404040; margin: 4mm 0; }
            .cover h1 { font-size: 24pt; color: #0b5c5a; margin: 10mm 0; page-break-before: avoid; }
            h1 { font-size: 17pt; color: #0b5c5a; page-break-before: always; margin: 0 0 6mm 0; }
            h2 { font-size: 13pt; color: #0b5c5a; margin: 6mm 0 2mm 0; page-break-after: avoid; }
            h3 { font-size: 11pt; margin: 4mm 0 1mm 0; page-break-after: avoid; }
            p { margin: 0 0 2.5mm 0; text-align: justify; }
            nav.toc ol { list-style: none; padding: 0; }
            ul { list-style: none; padding-left: 6mm; }
            ul > li::before { content: "•"; display: inline-block; width: 4mm; margin-left: -4mm; }
            nav.toc li { margin: 1.5mm 0; }
            nav.toc li.section { margin-left: 6mm; }
            nav.toc a { color: #1c1c1c; text-decoration: none; }
            nav.toc a::after { content: leader('.') target-counter(attr(href), page); }
            table { width: 100%; border-collapse: collapse; margin: 0 0 4mm 0; font-size: 8.5pt; -fs-table-paginate: paginate; }
            caption { caption-side: top; text-align: left; font-weight: bold; color: #404040; padding: 1mm 0;
              -fs-page-break-min-height: 40mm; }
            th, td { border: 0.5pt solid #8a9b9b; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
            th { background: #e3eeed; }
            td.number, th.number { text-align: right; }
            td.code, th.code, span.code { white-space: nowrap; }
            tr.total td { font-weight: bold; }
            tr { page-break-inside: avoid; }
            figure { margin: 3mm 0 5mm 0; text-align: center; page-break-inside: avoid; }
            figure img { width: 100%; }
            figcaption { font-weight: bold; color: #404040; text-align: left; margin-top: 1mm; }
            a { color: #0b5c5a; }
            """;

    private final BookText text;
    private final byte[][] fonts;

    PdfRenderer(BookText text) {
        this.text = text;
        this.fonts = FONTS.stream().map(FontFile::read).toArray(byte[][]::new);
    }

    byte[] render(Book book) {
        Document html = html(book, text.labels(book.locale()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("Rancang")
                .withW3cDocument(new W3CDom().fromJsoup(html), "/");
        for (int i = 0; i < FONTS.size(); i++) {
            byte[] font = fonts[i];
            builder.useFont(
                    () -> new ByteArrayInputStream(font),
                    FONT,
                    FONTS.get(i).weight(),
                    FONTS.get(i).style(),
                    true);
        }
        try {
            builder.toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Document html(Book book, Labels labels) {
        Document html = Jsoup.parse("<html><head></head><body></body></html>");
        html.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        html.selectFirst("html").attr("lang", book.locale().getLanguage());
        Element head = html.head();
        head.appendElement("title").text(book.cover().title());
        head.appendElement("meta")
                .attr("name", "subject")
                .attr("content", book.cover().kind());
        head.appendElement("meta")
                .attr("name", "author")
                .attr("content", book.cover().regionName());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        Element bookmarks = head.appendElement("bookmarks");

        Element body = html.body();
        Element cover = body.appendElement("section").addClass("cover");
        cover.appendElement("p").addClass("region").text(book.cover().regionName());
        cover.appendElement("p").addClass("kind").text(book.cover().kind());
        cover.appendElement("h1").text(book.cover().title());
        cover.appendElement("p").addClass("period").text(book.cover().period());
        cover.appendElement("p").addClass("date").text(text.date(book.cover().date(), book.locale()));

        Element toc = body.appendElement("nav").addClass("toc");
        toc.appendElement("h1").attr("id", "contents").text(labels.contents());
        Element entries = toc.appendElement("ol");

        int tables = 0;
        int figures = 0;
        for (int c = 0; c < book.chapters().size(); c++) {
            Book.Chapter chapter = book.chapters().get(c);
            int number = c + 1;
            String title = DocxRenderer.chapterTitle(labels, number, chapter);
            String id = "bab-" + number;
            entries.appendElement("li")
                    .appendElement("a")
                    .attr("href", "#" + id)
                    .attr("title", title)
                    .text(title);
            Element mark =
                    bookmarks.appendElement("bookmark").attr("name", title).attr("href", "#" + id);
            Element section = body.appendElement("section");
            section.appendElement("h1").attr("id", id).text(title);
            int sub = 0;
            for (Block block : chapter.blocks()) {
                if (block instanceof Block.Heading heading) {
                    String subId = id + "-" + ++sub;
                    String subTitle = number + "." + sub + " " + heading.text();
                    section.appendElement("h2").attr("id", subId).text(subTitle);
                    entries.appendElement("li")
                            .addClass("section")
                            .appendElement("a")
                            .attr("href", "#" + subId)
                            .attr("title", subTitle)
                            .text(subTitle);
                    mark.appendElement("bookmark").attr("name", subTitle).attr("href", "#" + subId);
                } else if (block instanceof Block.Paragraph paragraph) {
                    section.appendElement("p").text(paragraph.text());
                } else if (block instanceof Block.Bullets bullets) {
                    Element list = section.appendElement("ul");
                    bullets.items().forEach(item -> list.appendElement("li").text(item));
                } else if (block instanceof Block.Table table) {
                    table(section, table, labels.table() + " " + ++tables + ". " + table.caption());
                } else if (block instanceof Block.Figure figure) {
                    figure(section, figure, labels.figure() + " " + ++figures + ". " + figure.caption());
                } else if (block instanceof Block.Narrative narrative) {
                    Element prose = section.appendElement("div").addClass("narrative");
                    NarrativeHtml.parse(narrative.html())
                            .body()
                            .childNodes()
                            .forEach(node -> prose.appendChild(node.clone()));
                    prose.select("h2").tagName("h3");
                    prose.select("a[href]").forEach(link -> link.attr("title", link.attr("href")));
                }
            }
        }
        return html;
    }

    private static void table(Element parent, Block.Table table, String caption) {
        Element element = parent.appendElement("table");
        element.appendElement("caption").text(caption);
        Element header = element.appendElement("thead").appendElement("tr");
        table.columns().forEach(column -> {
            Element th = header.appendElement("th").attr("scope", "col").text(column.header());
            if (column.numeric()) {
                th.addClass("number");
            }
            if (column.code()) {
                th.addClass("code");
            }
        });
        Element body = element.appendElement("tbody");
        table.rows().forEach(row -> cells(body.appendElement("tr"), table, row));
        if (table.total() != null) {
            cells(body.appendElement("tr").addClass("total"), table, table.total());
        }
    }

    /** A short code such as "GOV-01" or "SOC-03" in running text: capitals and digits joined by hyphens. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9.]{0,7}(?:-[A-Z0-9.]{0,7}[A-Z0-9])+\\b");

    private static void cells(Element tr, Block.Table table, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            Element td = tr.appendElement("td");
            text(td, values.get(i) == null ? "" : values.get(i));
            if (table.columns().get(i).numeric()) {
                td.addClass("number");
            }
            if (table.columns().get(i).code()) {
                td.addClass("code");
            }
        }
    }

    /** Cell text in which short codes never break at their hyphens, wherever they stand. */
    private static void text(Element cell, String content) {
        Matcher codes = CODE.matcher(content);
        int from = 0;
        while (codes.find()) {
            if (codes.end() - codes.start() > 16) {
                continue;
            }
            cell.appendText(content.substring(from, codes.start()));
            cell.appendElement("span").addClass("code").text(codes.group());
            from = codes.end();
        }
        cell.appendText(content.substring(from));
    }

    private static void figure(Element parent, Block.Figure figure, String caption) {
        ChartImage image = ChartImage.of(figure.svg(), DocxRenderer.TEXT_WIDTH_POINTS);
        Element element = parent.appendElement("figure");
        element.appendElement("img")
                .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(image.png()))
                .attr("alt", figure.description())
                .attr("style", "width: " + image.widthPoints() + "pt; height: " + image.heightPoints() + "pt;");
        element.appendElement("figcaption").text(caption);
    }

    private record FontFile(String path, int weight, FontStyle style) {

        byte[] read() {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("font " + path + " is missing");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
