package id.rancang.analysis;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Profiles are region-owned: the finder takes the region and the masterplan. */
interface ProfileRepository extends Repository<ProfileEntity, Long> {

    @Query("select * from analysis_profile where region_code = :regionCode and masterplan_id = :masterplanId")
    Optional<ProfileEntity> findInRegion(String regionCode, long masterplanId);

    ProfileEntity save(ProfileEntity profile);
}
