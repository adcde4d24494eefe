package id.rancang.monitoring;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence files, one per masterplan, indicator and year. */
@Repository
class EvidenceStore {

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long masterplanId, long indicatorId, int year, EvidenceFile file, byte[] content) {
        jdbc.sql("delete from monitoring_evidence where masterplan_id = ? and indicator_id = ? and year_no = ?")
                .params(masterplanId, indicatorId, year)
                .update();
        jdbc.sql(
                        "insert into monitoring_evidence (masterplan_id, indicator_id, year_no, filename, content_type,"
                                + " size_bytes, sha256, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        masterplanId,
                        indicatorId,
                        year,
                        file.filename(),
                        file.contentType(),
                        file.size(),
                        file.sha256(),
                        content,
                        file.uploadedBy(),
                        MonitoringStore.utc(file.uploadedAt()))
                .update();
    }

    Optional<EvidenceFile> fileInMasterplan(long masterplanId, long indicatorId, int year) {
        return jdbc.sql("select filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at"
                        + " from monitoring_evidence where masterplan_id = ? and indicator_id = ? and year_no = ?")
                .params(masterplanId, indicatorId, year)
                .query((rs, n) -> new EvidenceFile(
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256"),
                        rs.getString("uploaded_by"),
                        MonitoringStore.instant(rs, "uploaded_at")))
                .optional();
    }

    Optional<byte[]> contentInMasterplan(long masterplanId, long indicatorId, int year) {
        return jdbc.sql("select content from monitoring_evidence where masterplan_id = ? and indicator_id = ?"
                        + " and year_no = ?")
                .params(masterplanId, indicatorId, year)
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
    }

    java.util.Map<Long, String> filenamesInMasterplan(long masterplanId, int year) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        jdbc.sql("select indicator_id, filename from monitoring_evidence where masterplan_id = ? and year_no = ?")
                .params(masterplanId, year)
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }
}
