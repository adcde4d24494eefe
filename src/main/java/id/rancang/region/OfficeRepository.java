package id.rancang.region;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Offices are region-owned: every finder takes the region. */
interface OfficeRepository extends Repository<OfficeEntity, Long> {

    @Query("select * from office where region_code = :regionCode order by code")
    List<OfficeEntity> findAllInRegion(String regionCode);

    @Query("select * from office where region_code = :regionCode and code = :code")
    Optional<OfficeEntity> findInRegion(String regionCode, String code);

    @Query("select count(*) from office where region_code = :regionCode")
    long countInRegion(String regionCode);

    OfficeEntity save(OfficeEntity office);

    void delete(OfficeEntity office);
}
