package id.rancang.bimtek;

/**
 * Someone who takes part in a masterplan's Bimtek: an office head, a camat or lurah, a lecturer, a
 * business owner, a community volunteer, a journalist. {@code areaCode} is the district or village
 * they represent, where that matters; the two flags say whether they sit on the smart city council
 * (Dewan Smart City) or the implementation team (Tim Pelaksana).
 */
public record Participant(
        long id,
        String name,
        PentahelixCategory category,
        String organisation,
        String officeCode,
        String position,
        String areaCode,
        String contact,
        boolean councilMember,
        boolean teamMember,
        long version) {

    /** The office or organisation to print on an attendance sheet. */
    public String affiliation() {
        return organisation != null ? organisation : officeCode;
    }
}
