package id.rancang.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri administrative code: province {@code 53}, regency or city {@code 53.06}, district
 * {@code 53.06.01}, village {@code 53.06.01.2001}.
 */
public record RegionCode(@JsonValue String value) implements Comparable<RegionCode> {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    public RegionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a Kemendagri region code: " + value);
        }
    }

    @JsonCreator
    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static Optional<RegionCode> parse(String value) {
        return isValid(value) ? Optional.of(new RegionCode(value)) : Optional.empty();
    }

    /** 1 for a province, 2 for a regency or city, 3 for a district, 4 for a village. */
    public int level() {
        return value.split("\\.").length;
    }

    public Optional<RegionCode> parent() {
        int cut = value.lastIndexOf('.');
        return cut < 0 ? Optional.empty() : Optional.of(new RegionCode(value.substring(0, cut)));
    }

    public String provinceCode() {
        return value.substring(0, 2);
    }

    public boolean isWithin(RegionCode ancestor) {
        return value.equals(ancestor.value) || value.startsWith(ancestor.value + ".");
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
