package id.rancang.review;

/** In which capacity someone signed the commitment; the sheet lists them in this order. */
public enum SignatoryRole {
    REGENT,
    VICE_REGENT,
    COUNCIL,
    OFFICE_HEAD,
    OTHER
}
