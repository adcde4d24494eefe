package id.rancang.review;

import java.time.LocalDate;

/**
 * Someone who signed the masterplan's commitment: the regent, the vice regent, office heads,
 * council members. {@code officeCode} names their office (OPD) where they sign for one.
 */
public record Signatory(
        long id,
        long masterplanId,
        String name,
        String position,
        String officeCode,
        SignatoryRole role,
        LocalDate signedOn,
        String note,
        long version) {}
