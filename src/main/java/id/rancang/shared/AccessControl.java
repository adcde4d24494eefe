package id.rancang.shared;

import java.util.Optional;

/**
 * Answers what the current user may do. Implemented by the identity module; other modules depend
 * on this port only, so that tenancy is decided in one place.
 */
public interface AccessControl {

    Optional<String> currentUsername();

    /** The regions in which the current user holds {@code permission}. */
    TenantScope scope(Permission permission);

    default boolean can(RegionCode region, Permission permission) {
        return scope(permission).includes(region);
    }

    boolean isSystemAdmin();

    /**
     * Whether the current user is the national expert assigned to {@code region} (not merely
     * someone who may review it, like the national coordinator).
     */
    default boolean isAssignedExpert(RegionCode region) {
        return false;
    }

    /**
     * Ensures the current user may read {@code region}, answering "not found" otherwise so that
     * another region's data is not even confirmed to exist, and then that they hold {@code
     * permission} ("forbidden" otherwise).
     */
    default void require(RegionCode region, Permission permission, String resource) {
        if (!can(region, Permission.READ)) {
            throw new NotFoundException(resource);
        }
        if (!can(region, permission)) {
            throw new ForbiddenException();
        }
    }
}
