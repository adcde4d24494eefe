package id.rancang.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface MembershipRepository extends Repository<MembershipEntity, Long> {

    @Query("select m.* from membership m join user_account u on u.id = m.user_id where u.username = :username"
            + " order by m.region_code, m.role")
    List<MembershipEntity> findByUsername(String username);

    List<MembershipEntity> findByUserIdOrderByRegionCodeAscRoleAsc(Long userId);

    Optional<MembershipEntity> findByIdAndUserId(Long id, Long userId);

    MembershipEntity save(MembershipEntity membership);

    void delete(MembershipEntity membership);
}
