package id.rancang.identity;

import static id.rancang.shared.Permission.ADMINISTER;
import static id.rancang.shared.Permission.APPROVE;
import static id.rancang.shared.Permission.EDIT;
import static id.rancang.shared.Permission.READ;
import static id.rancang.shared.Permission.REVIEW;

import id.rancang.shared.Permission;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person is to Rancang. Global roles hold everywhere; the others are held in a region
 * through a membership (an expert has one membership per assigned region).
 */
public enum Role {
    SYSTEM_ADMIN(true, EnumSet.allOf(Permission.class)),
    NATIONAL_COORDINATOR(true, EnumSet.of(READ, REVIEW)),
    EXPERT(false, EnumSet.of(READ, REVIEW)),
    REGION_ADMIN(false, EnumSet.of(READ, EDIT, REVIEW, ADMINISTER)),
    EDITOR(false, EnumSet.of(READ, EDIT)),
    REVIEWER(false, EnumSet.of(READ, REVIEW, APPROVE)),
    OFFICE_CONTRIBUTOR(false, EnumSet.of(READ)),
    VIEWER(false, EnumSet.of(READ));

    private final boolean global;
    private final Set<Permission> permissions;

    Role(boolean global, Set<Permission> permissions) {
        this.global = global;
        this.permissions = permissions;
    }

    /** Held everywhere, without a region. */
    public boolean isGlobal() {
        return global;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** Roles a region administrator may give within their own region. */
    public boolean isGrantableByRegionAdmin() {
        return !global && this != EXPERT;
    }
}
