package id.rancang.analysis.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.analysis.ProfileCommand;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The profile page form, without Spring. */
class ProfileFormTests {

    @Test
    void ignoresEmptyFigureRowsAndSplitsLines() {
        ProfileForm form = new ProfileForm().withEmptyRows();
        form.setRegentMissions("Misi satu\r\n\n  Misi dua  \n");
        form.getFigures().get(1).setName("IPM");
        form.getFigures().get(1).setValue(new BigDecimal("66.9"));

        ProfileCommand command = form.command();

        assertThat(command.regentMissions()).containsExactly("Misi satu", "Misi dua");
        assertThat(command.figures()).hasSize(1);
        assertThat(command.figures().get(0).name()).isEqualTo("IPM");
    }

    @Test
    void mapsAProblemOfTheNthFilledFigureBackToItsRow() {
        ProfileForm form = new ProfileForm().withEmptyRows();
        form.getFigures().get(0).setName("A");
        form.getFigures().get(2).setName("C");

        assertThat(form.field("figures[1].value")).isEqualTo("figures[2].value");
        assertThat(form.field("figures[0].name")).isEqualTo("figures[0].name");
        assertThat(form.field("regentMissions[3]")).isEqualTo("regentMissions");
        assertThat(form.field("population")).isEqualTo("population");
    }

    @Test
    void offersThreeEmptyFigureRows() {
        assertThat(new ProfileForm().withEmptyRows().getFigures()).hasSize(ProfileForm.EMPTY_FIGURE_ROWS);
    }
}
