package id.rancang.identity;

import id.rancang.shared.AccessControl;
import id.rancang.shared.Permission;
import id.rancang.shared.RegionCode;
import id.rancang.shared.TenantScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Decides tenancy from the current user's memberships, read fresh from the database once per
 * request (so a revoked membership takes effect at once, on every instance).
 */
@Component
class CurrentUserAccess implements AccessControl {

    private static final String CACHE = CurrentUserAccess.class.getName() + ".memberships";

    private final MembershipRepository memberships;

    CurrentUserAccess(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    public Optional<String> currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    @Override
    public TenantScope scope(Permission permission) {
        List<Membership> held = held();
        if (held.stream().anyMatch(m -> m.role().isGlobal() && m.role().grants(permission))) {
            return TenantScope.everything();
        }
        List<RegionCode> regions = new ArrayList<>();
        held.stream()
                .filter(m -> m.regionCode() != null && m.role().grants(permission))
                .forEach(m -> regions.add(m.regionCode()));
        return TenantScope.of(regions);
    }

    @Override
    public boolean isSystemAdmin() {
        return held().stream().anyMatch(m -> m.role() == Role.SYSTEM_ADMIN);
    }

    @Override
    public boolean isAssignedExpert(RegionCode region) {
        return held().stream().anyMatch(m -> m.role() == Role.EXPERT && region.equals(m.regionCode()));
    }

    List<Membership> held() {
        Optional<String> username = currentUsername();
        if (username.isEmpty()) {
            return List.of();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = CACHE + "." + username.get();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> cached) {
            @SuppressWarnings("unchecked")
            List<Membership> memberships = (List<Membership>) cached;
            return memberships;
        }
        List<Membership> loaded = memberships.findByUsername(username.get()).stream()
                .map(MembershipEntity::toMembership)
                .toList();
        if (request != null) {
            request.setAttribute(key, loaded, RequestAttributes.SCOPE_REQUEST);
        }
        return loaded;
    }
}
