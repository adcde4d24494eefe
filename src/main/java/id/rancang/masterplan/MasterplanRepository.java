package id.rancang.masterplan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Masterplans are region-owned: every finder takes the tenant scope ({@code allRegions} or the
 * region codes the user may read), so no plan is ever loaded by its id alone.
 */
interface MasterplanRepository extends Repository<MasterplanEntity, Long> {

    @Query("select * from masterplan where id = :id and (:allRegions = true or region_code in (:regionCodes))")
    Optional<MasterplanEntity> findInScope(long id, boolean allRegions, Collection<String> regionCodes);

    @Query("select * from masterplan where (:allRegions = true or region_code in (:regionCodes))"
            + " order by region_code, start_year desc, id")
    List<MasterplanEntity> findAllInScope(boolean allRegions, Collection<String> regionCodes);

    @Query("select * from masterplan where region_code = :regionCode order by start_year desc, id")
    List<MasterplanEntity> findAllInRegion(String regionCode);

    MasterplanEntity save(MasterplanEntity masterplan);
}
