package id.rancang.identity;

import java.util.List;
import java.util.Set;

/**
 * What the current user may do on a user's page, so that the page offers only that (every action
 * checks again). The system administrator may do everything; a region administrator may only give
 * and take the regional roles, but the expert's, in the regions they administer.
 *
 * @param listsUsers may open the list of every user
 * @param managesAccount may disable or enable the account and reset its password
 * @param grantableRoles the roles they may give
 * @param grantableRegions the regions they may give a role in; empty for any region (typed in)
 * @param revocableMemberships the ids of the memberships they may take away
 */
public record UserAdministration(
        boolean listsUsers,
        boolean managesAccount,
        List<Role> grantableRoles,
        List<String> grantableRegions,
        Set<Long> revocableMemberships) {

    public UserAdministration {
        grantableRoles = List.copyOf(grantableRoles);
        grantableRegions = List.copyOf(grantableRegions);
        revocableMemberships = Set.copyOf(revocableMemberships);
    }

    public boolean mayRevoke(Membership membership) {
        return revocableMemberships.contains(membership.id());
    }
}
