package id.rancang.analysis;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Initiatives are region-owned: every finder takes the region and the masterplan. */
interface InitiativeRepository extends Repository<InitiativeEntity, Long> {

    @Query("select * from analysis_initiative where region_code = :regionCode and masterplan_id = :masterplanId"
            + " order by dimension, name, id")
    List<InitiativeEntity> findAllInRegion(String regionCode, long masterplanId);

    @Query("select * from analysis_initiative where region_code = :regionCode and masterplan_id = :masterplanId"
            + " and id = :id")
    Optional<InitiativeEntity> findInRegion(String regionCode, long masterplanId, long id);

    @Query("select * from analysis_initiative where region_code = :regionCode and masterplan_id = :masterplanId"
            + " and source_kind = :sourceKind and source_id = :sourceId order by id")
    List<InitiativeEntity> findFromSourceInRegion(
            String regionCode, long masterplanId, String sourceKind, long sourceId);

    InitiativeEntity save(InitiativeEntity initiative);

    void delete(InitiativeEntity initiative);
}
