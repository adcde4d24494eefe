package id.rancang.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes a narrative's sanitised HTML into the document with the book's own styles: paragraphs,
 * headings, bulleted and numbered lists, bold, italic, links and simple tables.
 */
final class DocxNarrative {

    private final XWPFDocument document;

    DocxNarrative(XWPFDocument document) {
        this.document = document;
    }

    void write(String html) {
        for (Node node : NarrativeHtml.parse(html).body().childNodes()) {
            block(node);
        }
    }

    private void block(Node node) {
        if (node instanceof TextNode text) {
            if (!text.isBlank()) {
                DocxRenderer.styled(document, "Normal", text.text().strip());
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.tagName()) {
            case "h2" -> inline(paragraph("Heading3"), element, false, false);
            case "h3", "h4" -> inline(paragraph("Heading3"), element, false, false);
            case "ul", "ol" -> list(element);
            case "table" -> table(element);
            case "blockquote" -> {
                XWPFParagraph quote = paragraph("Normal");
                quote.setIndentationLeft(720);
                inline(quote, element, false, true);
            }
            default -> inline(paragraph("Normal"), element, false, false);
        }
    }

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }

    private void list(Element list) {
        BigInteger numbering = DocxStyles.newList(document, list.tagName().equals("ol"));
        for (Element item : list.children()) {
            XWPFParagraph paragraph = paragraph("ListParagraph");
            paragraph.setNumID(numbering);
            paragraph.setNumILvl(BigInteger.ZERO);
            inline(paragraph, item, false, false);
        }
    }

    private void table(Element table) {
        var rows = table.select("tr");
        int columns = rows.stream().mapToInt(row -> row.children().size()).max().orElse(0);
        if (rows.isEmpty() || columns == 0) {
            return;
        }
        XWPFTable grid = document.createTable(rows.size(), columns);
        grid.setStyleID("TableGrid");
        grid.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            var cells = rows.get(r).children();
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = grid.getRow(r).getCell(c);
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                paragraph.setStyle("TableText");
                inline(paragraph, cells.get(c), cells.get(c).tagName().equals("th"), false);
            }
        }
        document.createParagraph();
    }

    private void inline(XWPFParagraph paragraph, Element element, boolean bold, boolean italic) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                XWPFRun run = paragraph.createRun();
                run.setText(text.text());
                run.setBold(bold);
                run.setItalic(italic);
            } else if (child instanceof Element inner) {
                switch (inner.tagName()) {
                    case "strong", "b" -> inline(paragraph, inner, true, italic);
                    case "em", "i" -> inline(paragraph, inner, bold, true);
                    case "br" -> paragraph.createRun().addBreak();
                    case "a" -> link(paragraph, inner);
                    default -> inline(paragraph, inner, bold, italic);
                }
            }
        }
    }

    private static void link(XWPFParagraph paragraph, Element anchor) {
        String href = anchor.attr("href");
        if (href.isBlank()) {
            paragraph.createRun().setText(anchor.text());
            return;
        }
        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(href);
        run.setText(anchor.text());
        run.setStyle("Hyperlink");
    }
}
