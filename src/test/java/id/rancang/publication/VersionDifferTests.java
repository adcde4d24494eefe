package id.rancang.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionDifferTests {

    private static final Version FIRST =
            new Version(1, 1, "Draf I", Instant.EPOCH, "penyusun", VersionStatus.DRAFT, null, null, null, null);
    private static final Version SECOND =
            new Version(2, 1, "Draf II", Instant.EPOCH, "penyusun", VersionStatus.DRAFT, null, null, null, null);

    @Test
    void aChapterWhoseEnglishTextChangedCountsAsRewritten() {
        PlanData before = SamplePlans.plan(5, 2, 2);
        PlanData after = with(before, "narrativesEn", Map.of("ringkasan.ikhtisar", "<p>Summary</p>"));

        assertThat(VersionDiffer.diff(FIRST, before, SECOND, before).narrativesChanged())
                .isEmpty();
        assertThat(VersionDiffer.diff(FIRST, before, SECOND, after).narrativesChanged())
                .containsExactly("ringkasan.ikhtisar");
    }

    @Test
    void aSnapshotFrozenBeforeEnglishTextsExistedPrintsTheIndonesianTextInEnglishBooks() {
        PlanData old = with(SamplePlans.plan(5, 2, 2), "narrativesEn", null);

        assertThat(old.narrativeInEnglish(NarrativeChapter.B1_BACKGROUND))
                .isEqualTo(old.narrative(NarrativeChapter.B1_BACKGROUND))
                .isNotBlank();
    }

    /** The same plan with one component replaced. */
    private static PlanData with(PlanData plan, String component, Object value) {
        try {
            RecordComponent[] components = PlanData.class.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(component)
                        ? value
                        : components[i].getAccessor().invoke(plan);
            }
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return PlanData.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
