package id.rancang.analysis;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Readiness ratings are region-owned: every finder takes the region and the masterplan. */
interface RatingRepository extends Repository<RatingEntity, Long> {

    @Query("select * from readiness_rating where region_code = :regionCode and masterplan_id = :masterplanId"
            + " order by sub_element")
    List<RatingEntity> findAllInRegion(String regionCode, long masterplanId);

    @Query("select * from readiness_rating where region_code = :regionCode and masterplan_id = :masterplanId"
            + " and sub_element = :subElement")
    Optional<RatingEntity> findInRegion(String regionCode, long masterplanId, String subElement);

    RatingEntity save(RatingEntity rating);
}
