package id.rancang.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** User accounts are global (not region-owned); who may see which is decided by {@link Users}. */
interface UserAccountRepository extends Repository<UserAccountEntity, Long> {

    Optional<UserAccountEntity> findByUsername(String username);

    List<UserAccountEntity> findAllByOrderByUsername();

    @Query("select u.* from user_account u where exists (select 1 from membership m where m.user_id = u.id"
            + " and m.region_code = :regionCode) order by u.username")
    List<UserAccountEntity> findMembersOf(String regionCode);

    boolean existsByUsername(String username);

    UserAccountEntity save(UserAccountEntity user);

    /** Counted outside the aggregate's version: a failed login must not conflict with an edit. */
    @Modifying
    @Query("update user_account set failed_logins = :failures, locked_until = :lockedUntil where username = :username")
    int recordFailures(String username, int failures, Instant lockedUntil);
}
