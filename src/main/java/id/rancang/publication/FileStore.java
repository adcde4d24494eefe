package id.rancang.publication;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generated files by the hash of the data they were made from, so that the same data in the same
 * book, format and language is generated once. Files of versions stay; for the live masterplan
 * only the newest file of each book, format and language is kept.
 */
@Component
class FileStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    FileStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Key(long masterplanId, String dataHash, BookKind book, DocumentFormat format, String lang) {}

    @Transactional(readOnly = true)
    Optional<byte[]> find(Key key) {
        return jdbc.sql("select content from publication_file where masterplan_id = ? and data_hash = ? and book = ?"
                        + " and format = ? and lang = ?")
                .params(
                        key.masterplanId(),
                        key.dataHash(),
                        key.book().code(),
                        key.format().extension(),
                        key.lang())
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** Stores the file unless it is there already; answers the stored content either way. */
    @Transactional
    byte[] store(Key key, byte[] content, boolean live) {
        int inserted = jdbc.sql(
                        "insert into publication_file (masterplan_id, data_hash, book, format, lang, content, size_bytes,"
                                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(
                        key.masterplanId(),
                        key.dataHash(),
                        key.book().code(),
                        key.format().extension(),
                        key.lang(),
                        content,
                        (long) content.length,
                        Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            return find(key).orElse(content);
        }
        if (live) {
            jdbc.sql("delete from publication_file where masterplan_id = ? and book = ? and format = ? and lang = ?"
                            + " and data_hash <> ? and data_hash not in (select v.data_hash from publication_version v"
                            + " where v.masterplan_id = ?)")
                    .params(
                            key.masterplanId(),
                            key.book().code(),
                            key.format().extension(),
                            key.lang(),
                            key.dataHash(),
                            key.masterplanId())
                    .update();
        }
        return content;
    }
}
