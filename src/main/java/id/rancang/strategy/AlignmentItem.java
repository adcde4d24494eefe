package id.rancang.strategy;

/** An item of the RPJMD, a Renstra OPD, the RPJMN or the SPBE architecture, by its code. */
public record AlignmentItem(
        long id, AlignmentKind kind, String code, String title, String parentCode, String officeCode, long version) {}
