package id.rancang.analysis;

import java.time.LocalDate;

/**
 * Where a problem, potential or initiative was raised, e.g. a Bimtek session: the kind of source
 * ({@code SESSION}), its id, a label (the session's title), its date and a link to its page. The
 * analysis keeps these neutral so that it does not depend on the module that raised the item.
 */
public record SourceReference(String kind, long id, String label, LocalDate date, String link) {

    public static final String SESSION = "SESSION";
}
