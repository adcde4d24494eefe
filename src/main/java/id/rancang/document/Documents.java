package id.rancang.document;

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

    public byte[] docx(Book book) {
        return docx.render(book);
    }

    public byte[] pdf(Book book) {
        return pdf.render(book);
    }
}
