package id.rancang.region;

import id.rancang.shared.RegionCode;

/** An office (OPD) of a region, e.g. {@code DISKOMINFO}; its code is unique in the region. */
public record Office(long id, RegionCode regionCode, String code, String name, long version) {}
