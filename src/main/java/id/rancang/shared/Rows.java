package id.rancang.shared;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Row writes that several modules need in the same form. */
public final class Rows {

    private Rows() {}

    /**
     * Writes a row that may or may not exist yet, keyed by the update's where clause: updates it,
     * and inserts it when there was none. When someone else inserts the same row between the two
     * statements, the change is refused as a conflict (409, "try again") rather than failing.
     */
    public static void updateOrInsert(
            JdbcClient jdbc, String update, List<?> updateParams, String insert, List<?> insertParams) {
        if (jdbc.sql(update).params(updateParams).update() == 0) {
            insert(jdbc, insert, insertParams);
        }
    }

    /**
     * Writes a versioned row that its writer saw at version {@code seen} (0: there was no row yet):
     * inserts it, or runs {@code update}, whose last parameter must be the version its where clause
     * requires. Refused as a conflict (409) when someone else wrote the row after it was seen.
     *
     * @param conflictKey the message that tells the user so, in their language
     */
    public static void writeVersioned(
            JdbcClient jdbc,
            long seen,
            String update,
            List<?> updateParams,
            String insert,
            List<?> insertParams,
            String conflictKey) {
        if (seen == 0) {
            insert(jdbc, insert, insertParams, conflictKey);
        } else if (jdbc.sql(update).params(updateParams).update() == 0) {
            throw new ConflictException(conflictKey);
        }
    }

    private static void insert(JdbcClient jdbc, String insert, List<?> params) {
        insert(jdbc, insert, params, "error.concurrentWrite");
    }

    private static void insert(JdbcClient jdbc, String insert, List<?> params, String conflictKey) {
        try {
            jdbc.sql(insert).params(params).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(conflictKey);
        }
    }
}
