package id.rancang.analysis;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Problems and potentials are region-owned: every finder takes the region and the masterplan. */
interface IssueRepository extends Repository<IssueEntity, Long> {

    @Query("select * from analysis_issue where region_code = :regionCode and masterplan_id = :masterplanId"
            + " and kind = :kind order by dimension, severity desc, id")
    List<IssueEntity> findAllInRegion(String regionCode, long masterplanId, String kind);

    @Query("select * from analysis_issue where region_code = :regionCode and masterplan_id = :masterplanId"
            + " and kind = :kind and id = :id")
    Optional<IssueEntity> findInRegion(String regionCode, long masterplanId, String kind, long id);

    @Query("select * from analysis_issue where region_code = :regionCode and masterplan_id = :masterplanId"
            + " and source_kind = :sourceKind and source_id = :sourceId order by id")
    List<IssueEntity> findFromSourceInRegion(String regionCode, long masterplanId, String sourceKind, long sourceId);

    IssueEntity save(IssueEntity issue);

    void delete(IssueEntity issue);
}
