/**
 * The books a masterplan is published in (Buku 1–4 and the executive summary) as Word (DOCX) and
 * PDF files. Other modules describe a book with the neutral {@link id.rancang.document.Book} model
 * (chapters of headings, paragraphs, lists, tables, charts and narrative text); the renderers turn
 * the same model into a DOCX with real Word styles and an accessible PDF with embedded fonts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Document")
package id.rancang.document;
