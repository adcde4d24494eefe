package id.rancang.strategy;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** A masterplan's vision, read after the facade has loaded the masterplan through its access check. */
interface VisionRepository extends Repository<VisionEntity, Long> {

    @Query("select * from strategy_vision where masterplan_id = :masterplanId")
    Optional<VisionEntity> findInMasterplan(long masterplanId);

    VisionEntity save(VisionEntity vision);
}
