package id.rancang.analysis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the sources of the analysis's items honest: when a source is deleted (e.g. a Bimtek
 * session), the problems, potentials and initiatives raised there keep its name and date but lose
 * the link that would now lead nowhere.
 */
@Service
public class AnalysisSources {

    private final JdbcClient jdbc;

    AnalysisSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Called by the owner of the source, in its own transaction (which it must already have checked). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sourceDeleted(long masterplanId, String kind, long id) {
        for (String table : new String[] {"analysis_issue", "analysis_initiative"}) {
            jdbc.sql("update " + table + " set source_link = null where masterplan_id = ? and source_kind = ?"
                            + " and source_id = ?")
                    .params(masterplanId, kind, id)
                    .update();
        }
    }
}
