package id.rancang.analysis;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** SWOT items are region-owned: every finder takes the region and the masterplan. */
interface SwotRepository extends Repository<SwotEntity, Long> {

    @Query("select * from readiness_swot where region_code = :regionCode and masterplan_id = :masterplanId"
            + " order by sub_element, kind, id")
    List<SwotEntity> findAllInRegion(String regionCode, long masterplanId);

    @Query("select * from readiness_swot where region_code = :regionCode and masterplan_id = :masterplanId"
            + " and id = :id")
    Optional<SwotEntity> findInRegion(String regionCode, long masterplanId, long id);

    SwotEntity save(SwotEntity item);

    void delete(SwotEntity item);
}
