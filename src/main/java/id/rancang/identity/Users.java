package id.rancang.identity;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.region.Offices;
import id.rancang.region.Region;
import id.rancang.region.Regions;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.RegionCode;
import id.rancang.shared.TenantScope;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates users and gives them roles. The system administrator manages everyone; a region
 * administrator manages the members of their own region.
 */
@Service
@Transactional
public class Users {

    private static final String ENTITY = "user";

    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwords;
    private final Regions regions;
    private final Offices offices;
    private final AccessControl access;
    private final AuditTrail audit;
    private final SignOuts signOuts;
    private final Clock clock;

    Users(
            UserAccountRepository users,
            MembershipRepository memberships,
            PasswordEncoder passwords,
            Regions regions,
            Offices offices,
            AccessControl access,
            AuditTrail audit,
            SignOuts signOuts,
            Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.passwords = passwords;
        this.regions = regions;
        this.offices = offices;
        this.access = access;
        this.audit = audit;
        this.signOuts = signOuts;
        this.clock = clock;
    }

    public UserSummary create(CreateUserCommand command) {
        requireSystemAdminOrAnyRegionAdmin();
        return createUnchecked(command);
    }

    /**
     * Creates a user with their first role, all or nothing. A region administrator must give one
     * (in a region they administer), or the new user would be nobody they can see again; the system
     * administrator may leave region and role empty.
     */
    public UserSummary create(CreateUserCommand command, GrantMembershipCommand firstRole) {
        requireSystemAdminOrAnyRegionAdmin();
        boolean noRole = firstRole == null
                || (firstRole.role() == null
                        && (firstRole.regionCode() == null
                                || firstRole.regionCode().isBlank()));
        if (noRole) {
            if (!access.isSystemAdmin()) {
                throw InvalidInputException.of("role", "user.firstRole.required");
            }
            return createUnchecked(command);
        }
        createUnchecked(command);
        grant(command.username(), firstRole);
        return summary(account(command.username()));
    }

    /** Used at start-up to create the administrator and the demo users. */
    UserSummary createUnchecked(CreateUserCommand command) {
        if (users.existsByUsername(command.username())) {
            throw new ConflictException("user.username.taken", command.username());
        }
        UserAccountEntity user = users.save(UserAccountEntity.create(
                command.username(),
                passwords.encode(command.password()),
                command.displayName().strip(),
                clock.instant()));
        UserSummary summary = summary(user);
        audit.record(null, ENTITY, user.username, AuditAction.CREATED, null, summary);
        return summary;
    }

    /**
     * The users the current administrator manages: everyone for the system administrator, the
     * members of the regions they administer for a region administrator.
     */
    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        if (access.isSystemAdmin()) {
            return users.findAllByOrderByUsername().stream().map(this::summary).toList();
        }
        requireSystemAdminOrAnyRegionAdmin();
        return access.scope(Permission.ADMINISTER).regionCodes().stream()
                .flatMap(region -> users.findMembersOf(region).stream())
                .map(this::summary)
                .collect(Collectors.toMap(UserSummary::username, user -> user, (a, b) -> a, TreeMap::new))
                .values()
                .stream()
                .toList();
    }

    @Transactional(readOnly = true)
    public List<UserSummary> membersOf(String regionCode) {
        RegionCode region = regionForAdministration(regionCode);
        return users.findMembersOf(region.value()).stream().map(this::summary).toList();
    }

    /**
     * A user with their memberships: the system administrator sees everyone, a region administrator
     * only those holding a membership in a region they administer (anyone else is not found, as
     * other regions' data is).
     */
    @Transactional(readOnly = true)
    public UserSummary get(String username) {
        requireSystemAdminOrAnyRegionAdmin();
        UserSummary user = summary(account(username));
        if (!access.isSystemAdmin()) {
            TenantScope administered = access.scope(Permission.ADMINISTER);
            boolean member = user.memberships().stream()
                    .anyMatch(m -> m.regionCode() != null && administered.includes(m.regionCode()));
            if (!member) {
                throw new NotFoundException("user " + username);
            }
        }
        return user;
    }

    /** What the current user may do on the list of users: the roles and regions a new user may get. */
    @Transactional(readOnly = true)
    public UserAdministration administration() {
        requireSystemAdminOrAnyRegionAdmin();
        return administration(Set.of());
    }

    /** What the current user may do to {@code user} (whom {@link #get} showed them). */
    @Transactional(readOnly = true)
    public UserAdministration administration(UserSummary user) {
        String self = access.currentUsername().orElse("");
        return administration(user.memberships().stream()
                .filter(m -> mayGrant(m.regionCode(), m.role()))
                .filter(m -> !(m.role() == Role.SYSTEM_ADMIN && user.username().equals(self)))
                .map(Membership::id)
                .collect(Collectors.toSet()));
    }

    private UserAdministration administration(Set<Long> revocable) {
        boolean systemAdmin = access.isSystemAdmin();
        List<Role> roles = Stream.of(Role.values())
                .filter(role -> systemAdmin || role.isGrantableByRegionAdmin())
                .toList();
        List<String> regions = systemAdmin
                ? List.of()
                : access.scope(Permission.ADMINISTER).regionCodes().stream()
                        .sorted()
                        .toList();
        return new UserAdministration(systemAdmin, systemAdmin, roles, regions, revocable);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> current() {
        return access.currentUsername().flatMap(users::findByUsername).map(this::summary);
    }

    public Membership grant(String username, GrantMembershipCommand command) {
        if (command == null || command.role() == null) {
            throw InvalidInputException.of("role", "membership.role.required");
        }
        UserAccountEntity user = account(username);
        RegionCode region = membershipRegion(command);
        if (command.role().isGlobal() || command.role() == Role.EXPERT || !access.isSystemAdmin()) {
            requireMayGrant(region, command.role());
        }
        boolean duplicate = memberships.findByUserIdOrderByRegionCodeAscRoleAsc(user.id).stream()
                .map(MembershipEntity::toMembership)
                .anyMatch(m -> Objects.equals(m.regionCode(), region) && m.role() == command.role());
        if (duplicate) {
            throw new ConflictException("membership.duplicate");
        }
        Membership granted = memberships
                .save(MembershipEntity.create(user.id, region, command.role(), clock.instant()))
                .toMembership();
        if (region != null) {
            offices.ensureDefaults(region);
        }
        audit.record(region, "membership", username, AuditAction.GRANTED, null, granted);
        return granted;
    }

    /** Used at start-up for the administrator and the demo users. */
    void grantUnchecked(String username, RegionCode region, Role role) {
        UserAccountEntity user = account(username);
        memberships.save(MembershipEntity.create(user.id, region, role, clock.instant()));
        if (region != null) {
            offices.ensureDefaults(region);
        }
        audit.record(region, "membership", username, AuditAction.GRANTED, null, Map.of("role", role));
    }

    public void revoke(String username, long membershipId) {
        UserAccountEntity user = account(username);
        MembershipEntity membership = memberships
                .findByIdAndUserId(membershipId, user.id)
                .orElseThrow(() -> new NotFoundException("membership " + membershipId));
        Membership revoked = membership.toMembership();
        requireMayGrant(revoked.regionCode(), revoked.role());
        if (revoked.role() == Role.SYSTEM_ADMIN
                && username.equals(access.currentUsername().orElse(""))) {
            throw new ConflictException("membership.ownAdmin");
        }
        memberships.delete(membership);
        audit.record(revoked.regionCode(), "membership", username, AuditAction.REVOKED, revoked, null);
    }

    /** Disabling a user also ends their open sessions and revokes their API tokens. */
    public UserSummary setEnabled(String username, boolean enabled, long version) {
        if (!access.isSystemAdmin()) {
            throw new ForbiddenException();
        }
        UserAccountEntity user = account(username);
        checkVersion(user, version);
        UserSummary before = summary(user);
        user.enabled = enabled;
        user.updatedAt = clock.instant();
        UserSummary after = summary(users.save(user));
        if (!enabled) {
            signOuts.everywhere(username);
        }
        audit.record(null, ENTITY, username, AuditAction.UPDATED, before, after);
        return after;
    }

    /**
     * An administrator sets a new password, e.g. for a user who forgot theirs; it unlocks them, ends
     * their sessions and revokes their API tokens.
     */
    public void resetPassword(String username, String newPassword) {
        if (!access.isSystemAdmin()) {
            throw new ForbiddenException();
        }
        if (newPassword == null || newPassword.length() < 10 || newPassword.length() > 128) {
            throw InvalidInputException.of("password", "user.password.size");
        }
        UserAccountEntity user = account(username);
        user.passwordHash = passwords.encode(newPassword);
        user.failedLogins = 0;
        user.lockedUntil = null;
        user.updatedAt = clock.instant();
        users.save(user);
        signOuts.everywhereElse(username);
        audit.record(null, ENTITY, username, AuditAction.UPDATED, null, Map.of("password", "reset"));
    }

    /** Ends the user's other sessions (this one stays open) and revokes their API tokens. */
    public void changeOwnPassword(ChangePasswordCommand command) {
        String username = access.currentUsername().orElseThrow(ForbiddenException::new);
        UserAccountEntity user = account(username);
        if (!passwords.matches(command.currentPassword(), user.passwordHash)) {
            throw InvalidInputException.of("currentPassword", "account.password.wrong");
        }
        if (command.confirmation() != null && !command.confirmation().equals(command.newPassword())) {
            throw InvalidInputException.of("confirmation", "account.password.mismatch");
        }
        user.passwordHash = passwords.encode(command.newPassword());
        user.updatedAt = clock.instant();
        users.save(user);
        signOuts.everywhereElse(username);
        audit.record(null, ENTITY, username, AuditAction.UPDATED, null, Map.of("password", "changed"));
    }

    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    private RegionCode membershipRegion(GrantMembershipCommand command) {
        if (command.role().isGlobal()) {
            if (command.regionCode() != null && !command.regionCode().isBlank()) {
                throw InvalidInputException.of("regionCode", "membership.region.notForGlobal");
            }
            return null;
        }
        if (command.regionCode() == null || command.regionCode().isBlank()) {
            throw InvalidInputException.of("regionCode", "membership.region.required");
        }
        Region region = RegionCode.parse(command.regionCode())
                .flatMap(regions::find)
                .orElseThrow(() -> InvalidInputException.of("regionCode", "region.unknown", command.regionCode()));
        if (!region.type().isRegencyOrCity()) {
            throw InvalidInputException.of("regionCode", "region.notRegencyOrCity", command.regionCode());
        }
        return region.code();
    }

    private boolean mayGrant(RegionCode region, Role role) {
        return access.isSystemAdmin()
                || (region != null && role.isGrantableByRegionAdmin() && access.can(region, Permission.ADMINISTER));
    }

    private void requireMayGrant(RegionCode region, Role role) {
        if (access.isSystemAdmin()) {
            return;
        }
        if (region == null || !role.isGrantableByRegionAdmin()) {
            throw new ForbiddenException();
        }
        access.require(region, Permission.ADMINISTER, "region " + region);
    }

    private void requireSystemAdminOrAnyRegionAdmin() {
        if (!access.isSystemAdmin()
                && access.scope(Permission.ADMINISTER).regionCodes().isEmpty()) {
            throw new ForbiddenException();
        }
    }

    private RegionCode regionForAdministration(String regionCode) {
        RegionCode region = regions.get(regionCode).code();
        access.require(region, Permission.ADMINISTER, "region " + regionCode);
        return region;
    }

    private static void checkVersion(UserAccountEntity user, long version) {
        if (!Objects.equals(user.version, version)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("user changed meanwhile");
        }
    }

    private UserAccountEntity account(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("user " + username));
    }

    private UserSummary summary(UserAccountEntity user) {
        List<Membership> held = memberships.findByUserIdOrderByRegionCodeAscRoleAsc(user.id).stream()
                .map(MembershipEntity::toMembership)
                .toList();
        return new UserSummary(user.username, user.displayName, user.enabled, user.lockedUntil, held, user.version);
    }
}
