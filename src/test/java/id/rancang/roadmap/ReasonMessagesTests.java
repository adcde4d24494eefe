package id.rancang.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ReasonMessagesTests {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    ReasonMessagesTests() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void everyReasonHasAMessageInBothLanguages() {
        for (Reason.Code code : Reason.Code.values()) {
            String key = "roadmap.reason." + code.name();
            assertThat(messages.getMessage(key, null, Locale.forLanguageTag("id")))
                    .isNotBlank();
            assertThat(messages.getMessage(key, null, Locale.ENGLISH)).isNotBlank();
        }
    }

    @Test
    void explainsABudgetShortfallInRupiahWithIndonesianGrouping() {
        Reason reason = Reason.of(Reason.Code.MANDATORY_OVER_BUDGET, 2027, 1_250_000_000L, 1_000_000_000L);

        String text =
                messages.getMessage(reason.messageKey(), reason.arguments().toArray(), Locale.forLanguageTag("id"));

        assertThat(text)
                .isEqualTo(
                        "Program wajib membutuhkan Rp 1.250.000.000 pada tahun 2027, sedangkan pagu tahun itu Rp 1.000.000.000.");
    }
}
