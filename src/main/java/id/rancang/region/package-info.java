/**
 * Region master data (provinces, regencies and cities, districts, villages with their Kemendagri
 * codes, shipped under the ODbL) and the offices (OPD) of a region.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region")
package id.rancang.region;
