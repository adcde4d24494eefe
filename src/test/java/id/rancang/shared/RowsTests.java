package id.rancang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class RowsTests {

    private JdbcClient jdbc;

    @BeforeEach
    void table() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:rows-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(source);
        jdbc.sql("create table note (k varchar(10) primary key, v varchar(10), version bigint not null)")
                .update();
    }

    private String value(String key) {
        return jdbc.sql("select v from note where k = ?")
                .param(key)
                .query(String.class)
                .single();
    }

    private void write(long seen, String key, String value) {
        Rows.writeVersioned(
                jdbc,
                seen,
                "update note set v = ?, version = ? where k = ? and version = ?",
                List.of(value, seen + 1, key, seen),
                "insert into note (k, v, version) values (?, ?, ?)",
                List.of(key, value, seen + 1),
                "note.conflict");
    }

    @Test
    void aVersionedRowIsInsertedThenUpdatedOverTheVersionItsWriterSaw() {
        write(0, "a", "one");
        write(1, "a", "two");

        assertThat(value("a")).isEqualTo("two");
    }

    @Test
    void aWriteOverAnOlderVersionOrASecondFirstWriteIsAConflict() {
        write(0, "a", "one");

        assertThatThrownBy(() -> write(0, "a", "mine"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("note.conflict");
        write(1, "a", "two");
        assertThatThrownBy(() -> write(1, "a", "late"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("note.conflict");
        assertThat(value("a")).isEqualTo("two");
    }

    @Test
    void anInsertThatMeetsARowWrittenMeanwhileIsAConflictNotAServerError() {
        Rows.updateOrInsert(
                jdbc,
                "update note set v = ? where k = ?",
                List.of("one", "a"),
                "insert into note (k, v, version) values (?, ?, 1)",
                List.of("a", "one"));
        assertThat(value("a")).isEqualTo("one");

        // As if the update ran before another writer's insert: it finds nothing, the insert meets the row.
        assertThatThrownBy(() -> Rows.updateOrInsert(
                        jdbc,
                        "update note set v = ? where k = ? and 1 = 0",
                        List.of("two", "a"),
                        "insert into note (k, v, version) values (?, ?, 1)",
                        List.of("a", "two")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("error.concurrentWrite");
        assertThat(value("a")).isEqualTo("one");
    }
}
