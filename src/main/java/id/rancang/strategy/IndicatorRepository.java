package id.rancang.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Indicators belong to a masterplan that the facade has loaded through its access check. */
interface IndicatorRepository extends Repository<IndicatorEntity, Long> {

    @Query("select * from indicator where masterplan_id = :masterplanId order by goal_id, id")
    List<IndicatorEntity> findAllInMasterplan(long masterplanId);

    @Query("select * from indicator where masterplan_id = :masterplanId and id = :id")
    Optional<IndicatorEntity> findInMasterplan(long masterplanId, long id);

    @Query("select * from indicator where masterplan_id = :masterplanId and goal_id = :goalId order by id")
    List<IndicatorEntity> findAllOfGoal(long masterplanId, long goalId);

    IndicatorEntity save(IndicatorEntity indicator);

    void delete(IndicatorEntity indicator);
}
