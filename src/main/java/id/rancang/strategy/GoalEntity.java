package id.rancang.strategy;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("goal")
class GoalEntity {

    @Id
    Long id;

    long masterplanId;
    String dimension;
    String statement;
    String target;
    String strategy;
    Instant createdAt;
    Instant updatedAt;

    @Version
    Long version;

    Goal toGoal() {
        return new Goal(id, masterplanId, dimension, statement, target, strategy, createdAt, updatedAt, version);
    }
}
