package id.rancang.shared;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Row writes that several modules need in the same form. */
public final class Rows {

    private Rows() {}

    /**
     * Writes a row that may or may not exist yet, keyed by the update's where clause: updates it,
     * and inserts it when there was none.
     */
    public static void updateOrInsert(
            JdbcClient jdbc, String update, List<?> updateParams, String insert, List<?> insertParams) {
        if (jdbc.sql(update).params(updateParams).update() == 0) {
            jdbc.sql(insert).params(insertParams).update();
        }
    }
}
