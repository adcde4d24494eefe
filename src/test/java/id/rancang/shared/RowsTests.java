package id.rancang.shared;

import static id.rancang.shared.Rows.column;
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
        jdbc.sql("create table note (k varchar(10) primary key, v varchar(10) unique, version bigint not null)")
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
                jdbc, "note", List.of(column("k", key)), List.of(column("v", value)), seen, "note.conflict");
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
        Rows.updateOrInsert(jdbc, "note", List.of(column("k", "a")), List.of(column("v", "one")), column("version", 1));
        assertThat(value("a")).isEqualTo("one");

        // As if another writer inserted between the two statements: the update finds nothing, and
        // the insert meets a row that holds the same unique value.
        assertThatThrownBy(() -> Rows.updateOrInsert(
                        jdbc, "note", List.of(column("k", "b")), List.of(column("v", "one")), column("version", 1)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("error.concurrentWrite");
        assertThat(value("a")).isEqualTo("one");
    }
}
