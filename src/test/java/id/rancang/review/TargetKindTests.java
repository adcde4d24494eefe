package id.rancang.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetKindTests {

    @Test
    void aChapterIsNamedByBookAndChapterInLowerCase() {
        assertThat(TargetKind.CHAPTER.normalise(" Buku2.Visi-Misi ")).contains("buku2.visi-misi");
        assertThat(TargetKind.CHAPTER.normalise("ringkasan-eksekutif.penutup")).contains("ringkasan-eksekutif.penutup");
    }

    @Test
    void aChapterCodeWithoutBookOrWithOtherSignsIsRefused() {
        assertThat(TargetKind.CHAPTER.normalise("visi-misi")).isEmpty();
        assertThat(TargetKind.CHAPTER.normalise("buku2.visi misi")).isEmpty();
        assertThat(TargetKind.CHAPTER.normalise("buku2.<script>")).isEmpty();
        assertThat(TargetKind.CHAPTER.normalise("buku2..bab")).isEmpty();
        assertThat(TargetKind.CHAPTER.normalise("")).isEmpty();
        assertThat(TargetKind.CHAPTER.normalise(null)).isEmpty();
    }

    @Test
    void itemsOtherThanChaptersAndProgrammesAreNamedByAPositiveId() {
        assertThat(TargetKind.SESSION.normalise(" 42 ")).contains("42");
        assertThat(TargetKind.GOAL.normalise("0")).isEmpty();
        assertThat(TargetKind.INDICATOR.normalise("-3")).isEmpty();
        assertThat(TargetKind.PROBLEM.normalise("GOV-01")).isEmpty();
        assertThat(TargetKind.POTENTIAL.normalise("99999999999999999999")).isEmpty();
    }

    @Test
    void aProgrammeIsNamedByItsCodeAsWritten() {
        assertThat(TargetKind.PROGRAMME.normalise(" GOV-01 ")).contains("GOV-01");
        assertThat(TargetKind.PROGRAMME.normalise("GOV 01")).isEmpty();
        assertThat(TargetKind.PROGRAMME.normalise("x".repeat(101))).isEmpty();
    }
}
