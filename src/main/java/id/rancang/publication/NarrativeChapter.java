package id.rancang.publication;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parts of the books the team writes as prose, one narrative each, identified by a stable
 * code such as {@code buku1.latar-belakang}. The books place each where the outline puts it.
 */
public enum NarrativeChapter {
    B1_BACKGROUND("buku1.latar-belakang", BookKind.ANALISIS_STRATEGIS),
    B1_AIMS("buku1.maksud-tujuan", BookKind.ANALISIS_STRATEGIS),
    B1_LEGAL_BASIS("buku1.dasar-hukum", BookKind.ANALISIS_STRATEGIS),
    B1_METHOD("buku1.metodologi", BookKind.ANALISIS_STRATEGIS),
    B1_REGIONAL_OVERVIEW("buku1.gambaran-umum", BookKind.ANALISIS_STRATEGIS),
    B1_READINESS("buku1.analisis-kesiapan", BookKind.ANALISIS_STRATEGIS),
    B1_STRATEGIC_ISSUES("buku1.isu-strategis", BookKind.ANALISIS_STRATEGIS),
    B2_INTRODUCTION("buku2.pendahuluan", BookKind.MASTERPLAN),
    B2_DEVELOPMENT_DIRECTION("buku2.arah-pembangunan", BookKind.MASTERPLAN),
    B2_STRATEGY("buku2.strategi", BookKind.MASTERPLAN),
    B2_POLICY_INSTITUTIONS("buku2.kebijakan-kelembagaan", BookKind.MASTERPLAN),
    B2_SUPPORTING_INFRASTRUCTURE("buku2.infrastruktur-pendukung", BookKind.MASTERPLAN),
    B2_MINDSET_COMMUNITY("buku2.pola-pikir-masyarakat", BookKind.MASTERPLAN),
    B2_BUDGETING_STAKEHOLDERS("buku2.pola-anggaran", BookKind.MASTERPLAN),
    B2_CLOSING("buku2.penutup", BookKind.MASTERPLAN),
    B3_INTRODUCTION("buku3.pendahuluan", BookKind.QUICK_WIN),
    B4_INTRODUCTION("buku4.pendahuluan", BookKind.ROADMAP),
    SUMMARY("ringkasan.ikhtisar", BookKind.RINGKASAN_EKSEKUTIF);

    private final String code;
    private final BookKind book;

    NarrativeChapter(String code, BookKind book) {
        this.code = code;
        this.book = book;
    }

    public String code() {
        return code;
    }

    public BookKind book() {
        return book;
    }

    /** The chapter's name in the books and in the editor: {@code publication.narrative.<code>}. */
    public String messageKey() {
        return "publication.narrative." + code;
    }

    public static Optional<NarrativeChapter> find(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public static List<NarrativeChapter> of(BookKind book) {
        return Arrays.stream(values()).filter(c -> c.book == book).toList();
    }
}
