package id.rancang.programme;

import id.rancang.strategy.GoalDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drops the links of programmes to a goal that was deleted from the strategy, in the same
 * transaction, so that a programme never refers to a goal that no longer exists.
 */
@Component
class GoalLinks {

    private final JdbcClient jdbc;

    GoalLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(GoalDeleted event) {
        jdbc.sql("delete from programme_goal where goal_id = ?"
                        + " and programme_id in (select id from programme where masterplan_id = ?)")
                .params(event.goalId(), event.masterplanId())
                .update();
    }
}
