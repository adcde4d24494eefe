package id.rancang.region;

import id.rancang.shared.RegionCode;

/**
 * Implemented by the modules that store office codes (programmes, initiatives, participants and
 * others), so that an office still in use is neither renamed nor deleted and leaves no dangling
 * code behind. The region module asks every implementation and depends on none of them.
 */
public interface OfficeUsage {

    /** How many of this module's records in {@code region} use {@code officeCode}; 0 if none. */
    long count(RegionCode region, String officeCode);

    /** The message that names the records, taking the count as {0} (e.g. "{0} program"). */
    String messageKey();
}
