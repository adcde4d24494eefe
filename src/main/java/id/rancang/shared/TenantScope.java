package id.rancang.shared;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The regions a query may touch: either every region (system administrator, national
 * coordinator) or an explicit set. Repositories of region-owned data take one of these.
 */
public record TenantScope(boolean allRegions, Set<String> regionCodes) {

    /** Never matches a real Kemendagri code; keeps {@code IN (...)} valid when the set is empty. */
    private static final String NO_REGION = "--";

    public TenantScope {
        regionCodes = Set.copyOf(regionCodes);
    }

    public static TenantScope everything() {
        return new TenantScope(true, Set.of());
    }

    public static TenantScope nothing() {
        return new TenantScope(false, Set.of());
    }

    public static TenantScope of(Collection<RegionCode> codes) {
        Set<String> values = new TreeSet<>();
        codes.forEach(code -> values.add(code.value()));
        return new TenantScope(false, values);
    }

    public boolean includes(RegionCode code) {
        return allRegions || regionCodes.contains(code.value());
    }

    /** Codes for an SQL {@code IN} list; never empty. */
    public List<String> codesForQuery() {
        return regionCodes.isEmpty() ? List.of(NO_REGION) : List.copyOf(regionCodes);
    }
}
