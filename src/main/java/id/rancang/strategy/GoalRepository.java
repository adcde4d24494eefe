package id.rancang.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Goals belong to a masterplan that the facade has loaded through its access check. */
interface GoalRepository extends Repository<GoalEntity, Long> {

    @Query("select * from goal where masterplan_id = :masterplanId order by dimension, id")
    List<GoalEntity> findAllInMasterplan(long masterplanId);

    @Query("select * from goal where masterplan_id = :masterplanId and id = :id")
    Optional<GoalEntity> findInMasterplan(long masterplanId, long id);

    GoalEntity save(GoalEntity goal);

    void delete(GoalEntity goal);
}
