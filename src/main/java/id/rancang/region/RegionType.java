package id.rancang.region;

/** The kind of an administrative area. */
public enum RegionType {
    PROVINCE,
    REGENCY,
    CITY,
    DISTRICT,
    VILLAGE;

    static RegionType of(int level, String name) {
        return switch (level) {
            case 1 -> PROVINCE;
            case 2 -> name.startsWith("Kota") ? CITY : REGENCY;
            case 3 -> DISTRICT;
            default -> VILLAGE;
        };
    }

    /** A regency or a city: the level that writes a masterplan. */
    public boolean isRegencyOrCity() {
        return this == REGENCY || this == CITY;
    }
}
