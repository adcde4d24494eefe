package id.rancang.identity;

import id.rancang.shared.RegionCode;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("membership")
class MembershipEntity {

    @Id
    Long id;

    Long userId;
    String regionCode;
    String role;
    Instant createdAt;

    static MembershipEntity create(long userId, RegionCode region, Role role, Instant now) {
        MembershipEntity membership = new MembershipEntity();
        membership.userId = userId;
        membership.regionCode = region == null ? null : region.value();
        membership.role = role.name();
        membership.createdAt = now;
        return membership;
    }

    Membership toMembership() {
        return new Membership(id, regionCode == null ? null : RegionCode.of(regionCode), Role.valueOf(role));
    }
}
