package id.rancang.programme;

import id.rancang.analysis.ProblemDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drops the links of programmes to a problem that was deleted from the analysis, in the same
 * transaction, so that a programme never refers to a problem that no longer exists.
 */
@Component
class ProblemLinks {

    private final JdbcClient jdbc;

    ProblemLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ProblemDeleted event) {
        jdbc.sql("delete from programme_problem where problem_id = ?"
                        + " and programme_id in (select id from programme where masterplan_id = ?)")
                .params(event.problemId(), event.masterplanId())
                .update();
    }
}
