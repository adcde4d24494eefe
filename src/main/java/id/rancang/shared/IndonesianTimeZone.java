package id.rancang.shared;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Indonesia's three civil time zones. A region's zone follows from its province: Sumatra, Java,
 * West and Central Kalimantan keep Western time; Bali, Nusa Tenggara, the rest of Kalimantan and
 * Sulawesi Central time; Maluku and Papua Eastern time. None observes daylight saving.
 */
public enum IndonesianTimeZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private static final Set<String> CENTRAL =
            Set.of("51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76");

    private final ZoneId zone;

    IndonesianTimeZone(String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zoneId() {
        return zone;
    }

    /** The Indonesian zone that {@code zone} is, if it is one of the three. */
    public static Optional<IndonesianTimeZone> named(ZoneId zone) {
        for (IndonesianTimeZone candidate : values()) {
            if (candidate.zone.equals(zone)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The zone of the province that {@code region} lies in (any level of code). */
    public static IndonesianTimeZone of(RegionCode region) {
        return ofProvince(region.provinceCode());
    }

    static IndonesianTimeZone ofProvince(String provinceCode) {
        int code = Integer.parseInt(provinceCode);
        if (code >= 81) {
            return WIT;
        }
        return CENTRAL.contains(provinceCode) ? WITA : WIB;
    }
}
