package id.rancang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.shared.RegionCode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTests {

    private final Formats formats = new Formats(ZoneId.of("Asia/Jakarta"));
    private final Instant lateEvening = Instant.parse("2026-11-25T16:35:00Z");

    @BeforeEach
    void indonesian() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id-ID"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aMomentIsShownWithItsZoneInTheDisplayZone() {
        assertThat(formats.dateTime(lateEvening)).isEqualTo("25 November 2026 23:35 WIB");
    }

    @Test
    void aFileSizeIsShownInBytesKilobytesRoundedUpOrMegabytesInTheReadersNumberFormat() {
        assertThat(formats.fileSize(0)).isEqualTo("0 B");
        assertThat(formats.fileSize(125)).isEqualTo("125 B");
        assertThat(formats.fileSize(1023)).isEqualTo("1.023 B");
        assertThat(formats.fileSize(1024)).isEqualTo("1 KB");
        assertThat(formats.fileSize(1025)).isEqualTo("2 KB");
        assertThat(formats.fileSize(1_048_575)).isEqualTo("1.024 KB");
        assertThat(formats.fileSize(1_048_576)).isEqualTo("1 MB");
        assertThat(formats.fileSize(2_621_440)).isEqualTo("2,5 MB");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.fileSize(125)).isEqualTo("125 B");
        assertThat(formats.fileSize(1_048_575)).isEqualTo("1,024 KB");
        assertThat(formats.fileSize(2_621_440)).isEqualTo("2.5 MB");
    }

    @Test
    void aMomentInARegionsPagesIsItsLocalTime() {
        assertThat(formats.dateTime(lateEvening, RegionCode.of("53.06"))).isEqualTo("26 November 2026 00:35 WITA");
        assertThat(formats.dateTime(lateEvening, RegionCode.of("91.71"))).isEqualTo("26 November 2026 01:35 WIT");
        assertThat(formats.dateTimeIn(lateEvening, "32.73")).isEqualTo("25 November 2026 23:35 WIB");
        assertThat(formats.dateTime(lateEvening, null)).isEqualTo("25 November 2026 23:35 WIB");
        assertThat(formats.dateTimeIn(lateEvening, null)).isEqualTo("25 November 2026 23:35 WIB");
        assertThat(formats.dateTime(null, RegionCode.of("53.06"))).isEmpty();
    }

    @Test
    void aMeasuredValueIsShownInTheReadersLanguageWithTheDecimalsItHas() {
        assertThat(formats.decimal(new java.math.BigDecimal("24.20"))).isEqualTo("24,2");
        assertThat(formats.decimal(new java.math.BigDecimal("38000"))).isEqualTo("38.000");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.decimal(new java.math.BigDecimal("24.20"))).isEqualTo("24.2");
        assertThat(formats.decimal(new java.math.BigDecimal("38000"))).isEqualTo("38,000");
        assertThat(formats.decimal(null)).isEmpty();
    }

    @Test
    void aCountIsGroupedTheReadersWayWhileRupiahKeepTheirIndonesianForm() {
        assertThat(formats.number(287_510)).isEqualTo("287.510");
        assertThat(formats.rupiah(1_250_000_000L)).isEqualTo("Rp 1.250.000.000");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.number(287_510)).isEqualTo("287,510");
        assertThat(formats.rupiah(1_250_000_000L)).isEqualTo("Rp 1.250.000.000");
    }
}
