package id.rancang.identity;

import id.rancang.shared.RegionCode;

/** A role held by a user, in a region ({@code regionCode} is null for a global role). */
public record Membership(long id, RegionCode regionCode, Role role) {}
