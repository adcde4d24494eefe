/**
 * Publishing a masterplan: the five books (Buku 1–4 and the executive summary) assembled from the
 * analysis, strategy, programmes and roadmap with the narratives the team writes per chapter;
 * versions that freeze the masterplan's data with their books, the differences between two
 * versions, and the council's approval. Rendering is the document module's work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package id.rancang.publication;
