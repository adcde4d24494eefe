package id.rancang.strategy;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Indicators belong to a masterplan that the facade has loaded through its access check. */
interface IndicatorRepository extends Repository<IndicatorEntity, Long> {

    @Query("select * from indicator where masterplan_id = :masterplanId order by goal_id, id")
    List<IndicatorEntity> findAllInMasterplan(long masterplanId);

    IndicatorEntity save(IndicatorEntity indicator);
}
