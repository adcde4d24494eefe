package id.rancang.bimtek;

/** Registers or changes a participant; {@code version} is required when changing. */
public record ParticipantCommand(
        String name,
        PentahelixCategory category,
        String organisation,
        String officeCode,
        String position,
        String areaCode,
        String contact,
        Boolean councilMember,
        Boolean teamMember,
        Long version) {}
