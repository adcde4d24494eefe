package id.rancang.publication;

import id.rancang.bimtek.OutputsByMasterplan;
import id.rancang.bimtek.StageOutput;
import id.rancang.bimtek.StageOutputEvidence;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outputs the books show: a draft of Buku 1 (stage I) and Buku 2 (stage III) once the team wrote
 * their narratives or froze a version; the masterplan adopted once the council approved a version.
 */
@Component
@Transactional(readOnly = true)
class PublicationOutputs implements StageOutputEvidence {

    private final JdbcClient jdbc;

    PublicationOutputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Set<StageOutput>> outputsDone(Collection<Long> masterplanIds) {
        OutputsByMasterplan done = new OutputsByMasterplan(jdbc, masterplanIds);
        if (masterplanIds.isEmpty()) {
            return done.done();
        }
        jdbc.sql("select masterplan_id, chapter_code from publication_narrative where masterplan_id in (:ids)"
                        + " and (chapter_code like 'buku1.%' or chapter_code like 'buku2.%')")
                .param("ids", masterplanIds)
                .query((rs, n) -> {
                    done.add(
                            rs.getLong(1),
                            rs.getString(2).startsWith("buku1.") ? StageOutput.BOOK1_DRAFT : StageOutput.BOOK2_DRAFT);
                    return null;
                })
                .list();
        jdbc.sql("select masterplan_id, status from publication_version where masterplan_id in (:ids)")
                .param("ids", masterplanIds)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    done.add(id, StageOutput.BOOK1_DRAFT);
                    done.add(id, StageOutput.BOOK2_DRAFT);
                    if (!VersionStatus.DRAFT.name().equals(rs.getString(2))) {
                        done.add(id, StageOutput.MASTERPLAN_ADOPTED);
                    }
                    return null;
                })
                .list();
        return done.done();
    }
}
