package id.rancang.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The Word styles of every book: built-in style ids and names ("heading 1", "caption", "toc 1"…)
 * so that headings feed Word's navigation pane and table of contents, captions number themselves,
 * and LibreOffice maps them to its own styles.
 */
final class DocxStyles {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String FONT = "Arial";

    private DocxStyles() {}

    static void apply(XWPFDocument document, String languageTag) {
        try {
            document.createStyles()
                    .setStyles(StylesDocument.Factory.parse(STYLES.replace("id-ID", languageTag))
                            .getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("document styles are invalid", e);
        }
    }

    /** A fresh list definition, so that every numbered list starts at 1; returns its numbering id. */
    static BigInteger newList(XWPFDocument document, boolean ordered) {
        XWPFNumbering numbering = document.createNumbering();
        try {
            CTAbstractNum definition = NumberingDocument.Factory.parse(ordered ? NUMBERS : BULLETS)
                    .getNumbering()
                    .getAbstractNumArray(0);
            definition.setAbstractNumId(
                    BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
            return numbering.addNum(abstractId);
        } catch (XmlException e) {
            throw new IllegalStateException("list numbering is invalid", e);
        }
    }

    private static String paragraphStyle(String id, String name, String basedOn, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>";
    }

    private static final String STYLES = "<w:styles xmlns:w=\"" + W + "\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT
            + "\" w:cs=\"" + FONT + "\" w:eastAsia=\"" + FONT + "\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
            + "<w:lang w:val=\"id-ID\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr>"
            + "</w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
            + "<w:qFormat/><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>"
            + paragraphStyle(
                    "Title",
                    "Title",
                    "Normal",
                    "<w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
                    "<w:b/><w:color w:val=\"0B5C5A\"/><w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/>")
            + paragraphStyle(
                    "Subtitle",
                    "Subtitle",
                    "Normal",
                    "<w:spacing w:after=\"160\"/><w:jc w:val=\"center\"/>",
                    "<w:color w:val=\"404040\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
            + paragraphStyle(
                    "Heading1",
                    "heading 1",
                    "Normal",
                    "<w:keepNext/><w:pageBreakBefore/><w:spacing w:before=\"240\" w:after=\"240\"/>"
                            + "<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"0\"/>",
                    "<w:b/><w:color w:val=\"0B5C5A\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>")
            + paragraphStyle(
                    "Heading2",
                    "heading 2",
                    "Normal",
                    "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"left\"/>"
                            + "<w:outlineLvl w:val=\"1\"/>",
                    "<w:b/><w:color w:val=\"0B5C5A\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>")
            + paragraphStyle(
                    "Heading3",
                    "heading 3",
                    "Normal",
                    "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"80\"/><w:jc w:val=\"left\"/>"
                            + "<w:outlineLvl w:val=\"2\"/>",
                    "<w:b/><w:sz w:val=\"23\"/><w:szCs w:val=\"23\"/>")
            + paragraphStyle(
                    "Caption",
                    "caption",
                    "Normal",
                    "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"80\"/><w:jc w:val=\"left\"/>",
                    "<w:b/><w:color w:val=\"404040\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
            + paragraphStyle("TOCHeading", "TOC Heading", "Heading1", "<w:outlineLvl w:val=\"9\"/>", "")
            + paragraphStyle(
                    "TOC1",
                    "toc 1",
                    "Normal",
                    "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9060\"/></w:tabs>"
                            + "<w:spacing w:after=\"60\"/><w:jc w:val=\"left\"/>",
                    "<w:b/>")
            + paragraphStyle(
                    "TOC2",
                    "toc 2",
                    "Normal",
                    "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9060\"/></w:tabs>"
                            + "<w:spacing w:after=\"40\"/><w:ind w:left=\"220\"/><w:jc w:val=\"left\"/>",
                    "")
            + paragraphStyle(
                    "ListParagraph",
                    "List Paragraph",
                    "Normal",
                    "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/><w:jc w:val=\"left\"/>",
                    "")
            + paragraphStyle(
                    "TableText",
                    "Table Text",
                    "Normal",
                    "<w:spacing w:after=\"0\"/><w:jc w:val=\"left\"/>",
                    "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
            + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
            + "<w:tblPr><w:tblBorders>"
            + "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8A9B9B\"/>"
            + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8A9B9B\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8A9B9B\"/>"
            + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8A9B9B\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8A9B9B\"/>"
            + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8A9B9B\"/>"
            + "</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
            + "<w:rPr><w:color w:val=\"0B5C5A\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
            + "</w:styles>";

    private static final String BULLETS = "<w:numbering xmlns:w=\"" + W + "\">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/>"
            + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
            + "</w:abstractNum></w:numbering>";

    private static final String NUMBERS = "<w:numbering xmlns:w=\"" + W + "\">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"
            + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
            + "</w:abstractNum></w:numbering>";
}
