package id.rancang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTests {

    private static final Locale ID = Locale.forLanguageTag("id");

    @Test
    void readsWholeRupiahAsIndonesiansWriteThem() {
        for (String text : new String[] {
            "1250000000",
            "1.250.000.000",
            "Rp 1.250.000.000",
            "Rp1.250.000.000",
            "1.250.000.000,00",
            "1.250.000.000,-",
            " 1 250 000 000 "
        }) {
            assertThat(Numbers.wholeRupiah(text, ID)).as(text).contains(1_250_000_000L);
        }
        assertThat(Numbers.wholeRupiah("1,250,000,000.00", Locale.ENGLISH)).contains(1_250_000_000L);
        assertThat(Numbers.wholeRupiah("Rp 1.250.000.000", Locale.ENGLISH))
                .as("amounts are shown the Indonesian way in both languages")
                .contains(1_250_000_000L);
    }

    @Test
    void refusesRupiahThatCouldBeReadTwoWaysOrIsNotWhole() {
        for (String text : new String[] {
            "1.5", "1.00", "3,5", "1.250.00", "12.50.000", "abc", "", "-5", "99999999999999999999", "Rp", "1,250,000"
        }) {
            assertThat(Numbers.wholeRupiah(text, ID)).as(text).isEmpty();
        }
        assertThat(Numbers.wholeRupiah("1,250", ID)).isEmpty();
    }

    @Test
    void readsDecimalsInTheWayOfTheLanguage() {
        assertThat(Numbers.decimal("1.250", ID)).contains(new BigDecimal("1250"));
        assertThat(Numbers.decimal("1.250.000,75", ID)).contains(new BigDecimal("1250000.75"));
        assertThat(Numbers.decimal("24,2", ID)).contains(new BigDecimal("24.2"));
        assertThat(Numbers.decimal("-3", ID)).contains(new BigDecimal("-3"));
        assertThat(Numbers.decimal("1,250", Locale.ENGLISH)).contains(new BigDecimal("1250"));
        assertThat(Numbers.decimal("1,250.5", Locale.ENGLISH)).contains(new BigDecimal("1250.5"));
        assertThat(Numbers.decimal("1.25", Locale.ENGLISH)).contains(new BigDecimal("1.25"));
    }

    @Test
    void readsALoneSeparatorThatCannotGroupThousandsAsTheDecimalMark() {
        assertThat(Numbers.decimal("24.2", ID)).contains(new BigDecimal("24.2"));
        assertThat(Numbers.decimal("0.7512", ID)).contains(new BigDecimal("0.7512"));
        assertThat(Numbers.decimal("24,2", Locale.ENGLISH)).contains(new BigDecimal("24.2"));
    }

    @Test
    void readsAThreeDigitFractionAfterALeadingZeroAsADecimalNotAsThousands() {
        assertThat(Numbers.decimal("0.125", ID)).contains(new BigDecimal("0.125"));
        assertThat(Numbers.decimal("-0.125", ID)).contains(new BigDecimal("-0.125"));
        assertThat(Numbers.decimal("0,125", Locale.ENGLISH)).contains(new BigDecimal("0.125"));
        assertThat(Numbers.decimal("1.125", ID)).contains(new BigDecimal("1125"));
        assertThat(Numbers.wholeRupiah("0.125", ID)).isEmpty();
        assertThat(Numbers.wholeRupiah("0.125", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void refusesMalformedDecimals() {
        for (String text : new String[] {"1,250.5", "1.25.0", "abc", "1e309", "", "1..2", "12.345.6"}) {
            assertThat(Numbers.decimal(text, ID)).as(text).isEmpty();
        }
    }

    @Test
    void showsANumberInAFormSoThatItReadsBackUnchanged() {
        for (String value : new String[] {"1250.000", "24.2", "38000", "-3.5", "0.0001", "0.125", "1.505"}) {
            BigDecimal number = new BigDecimal(value);
            assertThat(Numbers.decimal(Numbers.plain(number, ID), ID).orElseThrow())
                    .as(value)
                    .isEqualByComparingTo(number);
            assertThat(Numbers.decimal(Numbers.plain(number, Locale.ENGLISH), Locale.ENGLISH)
                            .orElseThrow())
                    .as(value)
                    .isEqualByComparingTo(number);
        }
        assertThat(Numbers.plain(new BigDecimal("1250.50"), ID)).isEqualTo("1250,5");
    }
}
