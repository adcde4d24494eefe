package id.rancang.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row writes that several modules need in the same form: a row found by its key columns is
 * updated, or inserted when there is none. Table and column names come from the code, never from
 * input; the values are bound as parameters.
 */
public final class Rows {

    private Rows() {}

    /** A column and the value to write into it. */
    public record Column(String name, Object value) {}

    public static Column column(String name, Object value) {
        return new Column(name, value);
    }

    /**
     * Writes {@code values} into the row of {@code table} with {@code key}: updates it, or inserts
     * it (with {@code insertOnly} too, such as a creation time) when there was none. When someone
     * else inserts the same row between the two statements, the change is refused as a conflict
     * (409, "try again") rather than failing.
     */
    public static void updateOrInsert(
            JdbcClient jdbc, String table, List<Column> key, List<Column> values, Column... insertOnly) {
        if (update(jdbc, table, values, key) == 0) {
            insert(jdbc, table, join(key, values, List.of(insertOnly)), "error.concurrentWrite");
        }
    }

    /**
     * Writes a versioned row that its writer saw at version {@code seen} (0: there was no row yet):
     * inserts it, or updates it where it still has {@code seen}; either way it gets version
     * {@code seen + 1}. Refused as a conflict (409) when someone else wrote the row after it was seen.
     *
     * @param conflictKey the message that tells the user so, in their language
     */
    public static void writeVersioned(
            JdbcClient jdbc, String table, List<Column> key, List<Column> values, long seen, String conflictKey) {
        List<Column> written = join(values, List.of(column("version", seen + 1)));
        if (seen == 0) {
            insert(jdbc, table, join(key, written), conflictKey);
        } else if (update(jdbc, table, written, join(key, List.of(column("version", seen)))) == 0) {
            throw new ConflictException(conflictKey);
        }
    }

    private static int update(JdbcClient jdbc, String table, List<Column> values, List<Column> where) {
        String sql = "update " + table + " set " + names(values, " = ?, ") + " = ? where " + names(where, " = ? and ")
                + " = ?";
        return jdbc.sql(sql).params(valuesOf(join(values, where))).update();
    }

    private static void insert(JdbcClient jdbc, String table, List<Column> columns, String conflictKey) {
        String sql = "insert into " + table + " (" + names(columns, ", ") + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try {
            jdbc.sql(sql).params(valuesOf(columns)).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(conflictKey);
        }
    }

    private static String names(List<Column> columns, String separator) {
        return columns.stream().map(Column::name).collect(Collectors.joining(separator));
    }

    private static List<Object> valuesOf(List<Column> columns) {
        List<Object> values = new ArrayList<>();
        columns.forEach(c -> values.add(c.value()));
        return values;
    }

    @SafeVarargs
    private static List<Column> join(List<Column>... parts) {
        List<Column> all = new ArrayList<>();
        for (List<Column> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
