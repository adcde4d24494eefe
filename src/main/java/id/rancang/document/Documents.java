package id.rancang.document;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Renders books: the same {@link Book} as a Word document or as a PDF. */
@Service
public class Documents {

    private final DocxRenderer docx;
    private final PdfRenderer pdf;

    Documents(DocxRenderer docx, PdfRenderer pdf) {
        this.docx = docx;
        this.pdf = pdf;
    }

    /** The renderers without an application around them, e.g. for a benchmark. */
    public static Documents standalone(MessageSource messages) {
        BookText text = new BookText(messages);
        return new Documents(new DocxRenderer(text), new PdfRenderer(text));
    }

    public byte[] docx(Book book) {
        return docx.render(book);
    }

    public byte[] pdf(Book book) {
        return pdf.render(book);
    }
}
