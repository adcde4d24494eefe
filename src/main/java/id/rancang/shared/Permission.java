package id.rancang.shared;

/** What a user may do in a region; roles grant permissions (see the identity module). */
public enum Permission {
    /** See the region's plans and data. */
    READ,
    /** Write the masterplan's content (analysis, programmes, narratives). */
    EDIT,
    /** Comment on chapters and programmes. */
    REVIEW,
    /** Approve versions on behalf of the council. */
    APPROVE,
    /** Manage the region's offices, memberships and masterplans; read its audit trail. */
    ADMINISTER
}
