package id.rancang.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Comments belong to a masterplan that the facade has loaded through its access check. */
interface ReviewCommentRepository extends Repository<ReviewCommentEntity, Long> {

    @Query("select * from review_comment where masterplan_id = :masterplanId order by created_at, id")
    List<ReviewCommentEntity> findAllInMasterplan(long masterplanId);

    @Query("select * from review_comment where masterplan_id = :masterplanId and parent_id is null")
    List<ReviewCommentEntity> findThreadsInMasterplan(long masterplanId);

    @Query("select * from review_comment where masterplan_id = :masterplanId and target_kind = :kind"
            + " and target_key = :key order by created_at, id")
    List<ReviewCommentEntity> findAllOnTargetInMasterplan(long masterplanId, String kind, String key);

    @Query("select * from review_comment where masterplan_id = :masterplanId"
            + " and (id = :rootId or parent_id = :rootId) order by created_at, id")
    List<ReviewCommentEntity> findThreadInMasterplan(long masterplanId, long rootId);

    @Query("select * from review_comment where masterplan_id = :masterplanId and id = :id")
    Optional<ReviewCommentEntity> findInMasterplan(long masterplanId, long id);

    @Query("select count(*) from review_comment where masterplan_id = :masterplanId and parent_id = :id")
    long countRepliesInMasterplan(long masterplanId, long id);

    @Query("select count(*) from review_comment where masterplan_id = :masterplanId"
            + " and parent_id is null and status = 'OPEN'")
    long countOpenInMasterplan(long masterplanId);

    ReviewCommentEntity save(ReviewCommentEntity comment);

    void delete(ReviewCommentEntity comment);
}
