package id.rancang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IndonesianTimeZoneTests {

    @Test
    void nusaTenggaraTimurIsCentralTimeAtPlusEight() {
        IndonesianTimeZone zone = IndonesianTimeZone.of(RegionCode.of("53.06"));

        assertThat(zone).isEqualTo(IndonesianTimeZone.WITA);
        assertThat(zone.zoneId().getRules().getOffset(LocalDateTime.of(2024, 6, 5, 8, 0)))
                .isEqualTo(ZoneOffset.ofHours(8));
    }

    @Test
    void sumatraJavaAndWesternKalimantanAreWesternTime() {
        for (String province : new String[] {"11", "18", "19", "21", "31", "33", "36", "61", "62"}) {
            assertThat(IndonesianTimeZone.ofProvince(province)).as(province).isEqualTo(IndonesianTimeZone.WIB);
        }
    }

    @Test
    void baliNusaTenggaraEasternKalimantanAndSulawesiAreCentralTime() {
        for (String province : new String[] {"51", "52", "53", "63", "64", "65", "71", "73", "75", "76"}) {
            assertThat(IndonesianTimeZone.ofProvince(province)).as(province).isEqualTo(IndonesianTimeZone.WITA);
        }
    }

    @Test
    void malukuAndEveryPapuanProvinceAreEasternTimeAtPlusNine() {
        for (String province : new String[] {"81", "82", "91", "92", "93", "94", "95", "96"}) {
            assertThat(IndonesianTimeZone.ofProvince(province)).as(province).isEqualTo(IndonesianTimeZone.WIT);
        }
        assertThat(IndonesianTimeZone.WIT.zoneId().getRules().getOffset(LocalDateTime.of(2026, 1, 1, 0, 0)))
                .isEqualTo(ZoneOffset.ofHours(9));
    }

    @Test
    void aVillageCodeTakesTheZoneOfItsProvince() {
        assertThat(IndonesianTimeZone.of(RegionCode.of("91.71.01.1001"))).isEqualTo(IndonesianTimeZone.WIT);
        assertThat(IndonesianTimeZone.of(RegionCode.of("32.73"))).isEqualTo(IndonesianTimeZone.WIB);
    }
}
