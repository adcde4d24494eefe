package id.rancang.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Programmes belong to a masterplan, which the facade loads through the masterplan module's access
 * check first; every finder takes that masterplan.
 */
interface ProgrammeRepository extends Repository<ProgrammeEntity, Long> {

    @Query("select * from programme where masterplan_id = :masterplanId order by code")
    List<ProgrammeEntity> findAllInMasterplan(long masterplanId);

    @Query("select * from programme where masterplan_id = :masterplanId and code = :code")
    Optional<ProgrammeEntity> findInMasterplan(long masterplanId, String code);

    ProgrammeEntity save(ProgrammeEntity programme);

    void delete(ProgrammeEntity programme);
}
