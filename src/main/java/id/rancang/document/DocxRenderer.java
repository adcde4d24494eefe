package id.rancang.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Book} as a Word document: a cover page, a table of contents field that Word
 * fills when the file opens, numbered chapters in heading styles, captioned tables and figures,
 * and page numbers in the footer. A4, in the book's language.
 */
@Component
class DocxRenderer {

    /** Usable width of an A4 page with 2.5 cm margins, in points. */
    static final int TEXT_WIDTH_POINTS = 453;

    private final BookText text;

    DocxRenderer(BookText text) {
        this.text = text;
    }

    byte[] render(Book book) {
        Labels labels = text.labels(book.locale());
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.apply(document, book.locale().toLanguageTag());
            page(document);
            properties(document, book);
            cover(document, book);
            contents(document, book, labels);
            Numbering numbering = new Numbering();
            for (int i = 0; i < book.chapters().size(); i++) {
                chapter(document, book.chapters().get(i), i + 1, labels, numbering);
            }
            document.enforceUpdateFields();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts tables and figures through the whole book, as the SEQ fields do. */
    static final class Numbering {
        int tables;
        int figures;
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(11906));
        section.getPgSz().setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1418));
        margins.setBottom(BigInteger.valueOf(1418));
        margins.setLeft(BigInteger.valueOf(1418));
        margins.setRight(BigInteger.valueOf(1418));
        XWPFParagraph number = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        field(number, "PAGE", "1");
        document.createFooter(HeaderFooterType.FIRST);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    private static void properties(XWPFDocument document, Book book) {
        var core = document.getProperties().getCoreProperties();
        core.setTitle(book.cover().title());
        core.setSubjectProperty(book.cover().kind());
        core.setCreator(book.cover().regionName());
        core.setDescription(book.cover().regionName() + " · " + book.cover().period());
    }

    private void cover(XWPFDocument document, Book book) {
        Book.Cover cover = book.cover();
        for (int i = 0; i < 6; i++) {
            document.createParagraph();
        }
        styled(document, "Subtitle", cover.regionName());
        styled(document, "Subtitle", cover.kind());
        styled(document, "Title", cover.title());
        styled(document, "Subtitle", cover.period());
        styled(document, "Subtitle", text.date(cover.date(), book.locale()));
    }

    private static void contents(XWPFDocument document, Book book, Labels labels) {
        styled(document, "TOCHeading", labels.contents());
        XWPFParagraph toc = document.createParagraph();
        toc.setStyle("TOC1");
        XWPFRun begin = toc.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        toc.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
        toc.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        // Until Word updates the field, the entries stand without page numbers.
        for (int i = 0; i < book.chapters().size(); i++) {
            XWPFRun entry = toc.createRun();
            entry.setText(chapterTitle(labels, i + 1, book.chapters().get(i)));
            entry.addBreak();
        }
        toc.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    static String chapterTitle(Labels labels, int number, Book.Chapter chapter) {
        return labels.chapter() + " " + Roman.of(number) + " " + chapter.title();
    }

    private void chapter(XWPFDocument document, Book.Chapter chapter, int number, Labels labels, Numbering numbering) {
        styled(document, "Heading1", chapterTitle(labels, number, chapter));
        int section = 0;
        for (Block block : chapter.blocks()) {
            if (block instanceof Block.Heading heading) {
                styled(document, "Heading2", number + "." + ++section + " " + heading.text());
            } else if (block instanceof Block.Paragraph paragraph) {
                styled(document, "Normal", paragraph.text());
            } else if (block instanceof Block.Bullets bullets) {
                list(document, bullets.items(), false);
            } else if (block instanceof Block.Table table) {
                table(document, table, labels, ++numbering.tables);
            } else if (block instanceof Block.Figure figure) {
                figure(document, figure, labels, ++numbering.figures);
            } else if (block instanceof Block.Narrative narrative) {
                new DocxNarrative(document).write(narrative.html());
            }
        }
    }

    static XWPFParagraph styled(XWPFDocument document, String style, String content) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        if (content != null && !content.isEmpty()) {
            paragraph.createRun().setText(content);
        }
        return paragraph;
    }

    static void list(XWPFDocument document, List<String> items, boolean ordered) {
        BigInteger list = DocxStyles.newList(document, ordered);
        for (String item : items) {
            XWPFParagraph paragraph = styled(document, "ListParagraph", item);
            paragraph.setNumID(list);
            paragraph.setNumILvl(BigInteger.ZERO);
        }
    }

    private static XWPFParagraph caption(
            XWPFDocument document, String label, String sequence, int number, String caption) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Caption");
        paragraph.createRun().setText(label + " ");
        field(paragraph, "SEQ " + sequence + " \\* ARABIC", Integer.toString(number));
        paragraph.createRun().setText(". " + caption);
        return paragraph;
    }

    static void field(XWPFParagraph paragraph, String instruction, String result) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        field.addNewR().addNewT().setStringValue(result);
    }

    private static void table(XWPFDocument document, Block.Table table, Labels labels, int number) {
        caption(document, labels.table(), "Tabel", number, table.caption()).setKeepNext(true);
        int rows = 1 + table.rows().size() + (table.total() == null ? 0 : 1);
        XWPFTable grid = document.createTable(rows, table.columns().size());
        grid.setStyleID("TableGrid");
        grid.setWidth("100%");
        int[] widths = columnWidths(table);
        for (XWPFTableRow row : grid.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidthType(TableWidthType.DXA);
                row.getCell(c).setWidth(Integer.toString(widths[c]));
            }
        }
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < table.columns().size(); c++) {
            Block.Table.Column column = table.columns().get(c);
            cell(header.getCell(c), column.header(), column.numeric(), true);
            header.getCell(c).setColor("E3EEED");
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = grid.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < table.columns().size(); c++) {
                cell(
                        row.getCell(c),
                        table.rows().get(r).get(c),
                        table.columns().get(c).numeric(),
                        false);
            }
        }
        if (table.total() != null) {
            XWPFTableRow total = grid.getRow(rows - 1);
            for (int c = 0; c < table.columns().size(); c++) {
                cell(
                        total.getCell(c),
                        table.total().get(c),
                        table.columns().get(c).numeric(),
                        true);
            }
        }
        document.createParagraph();
    }

    /**
     * Column widths in twentieths of a point: a code column as wide as its longest code, so that
     * it never breaks; the other columns share the rest by the longest text in each, within limits.
     */
    private static int[] columnWidths(Block.Table table) {
        int columns = table.columns().size();
        int[] longest = new int[columns];
        for (int c = 0; c < columns; c++) {
            longest[c] = table.columns().get(c).header().length();
            for (List<String> row : table.rows()) {
                longest[c] =
                        Math.max(longest[c], row.get(c) == null ? 0 : row.get(c).length());
            }
        }
        int[] widths = new int[columns];
        int rest = TEXT_WIDTH_POINTS * 20;
        int sum = 0;
        for (int c = 0; c < columns; c++) {
            if (table.columns().get(c).code()) {
                widths[c] = Math.min(rest / 2, CODE_CHARACTER_TWIPS * longest[c] + CELL_MARGINS_TWIPS);
            } else {
                sum += Math.max(4, Math.min(40, longest[c]));
            }
        }
        for (int c = 0; c < columns; c++) {
            if (table.columns().get(c).code()) {
                rest -= widths[c];
            }
        }
        for (int c = 0; c < columns; c++) {
            if (!table.columns().get(c).code()) {
                widths[c] = rest * Math.max(4, Math.min(40, longest[c])) / Math.max(1, sum);
            }
        }
        return widths;
    }

    /** The width of a capital letter or digit of 9 pt table text, generously, in twips. */
    private static final int CODE_CHARACTER_TWIPS = 130;

    /** The left and right cell margins of a table, in twips. */
    private static final int CELL_MARGINS_TWIPS = 240;

    private static void cell(XWPFTableCell cell, String content, boolean numeric, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setStyle("TableText");
        paragraph.setAlignment(numeric ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(content == null ? "" : content);
    }

    private static void figure(XWPFDocument document, Block.Figure figure, Labels labels, int number) {
        ChartImage image = ChartImage.of(figure.svg(), TEXT_WIDTH_POINTS);
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setKeepNext(true);
        XWPFRun run = paragraph.createRun();
        try {
            run.addPicture(
                    new ByteArrayInputStream(image.png()),
                    PictureType.PNG,
                    "gambar-" + number + ".png",
                    Units.toEMU(image.widthPoints()),
                    Units.toEMU(image.heightPoints()));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("chart image could not be added", e);
        }
        var properties = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        properties.setDescr(figure.description());
        properties.setTitle(figure.caption());
        caption(document, labels.figure(), "Gambar", number, figure.caption());
    }
}
