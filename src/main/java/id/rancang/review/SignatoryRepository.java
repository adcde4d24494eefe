package id.rancang.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Signatories belong to a masterplan that the facade has loaded through its access check. */
interface SignatoryRepository extends Repository<SignatoryEntity, Long> {

    @Query("select * from commitment_signatory where masterplan_id = :masterplanId order by signed_on, id")
    List<SignatoryEntity> findAllInMasterplan(long masterplanId);

    @Query("select * from commitment_signatory where masterplan_id = :masterplanId and id = :id")
    Optional<SignatoryEntity> findInMasterplan(long masterplanId, long id);

    SignatoryEntity save(SignatoryEntity signatory);

    void delete(SignatoryEntity signatory);
}
