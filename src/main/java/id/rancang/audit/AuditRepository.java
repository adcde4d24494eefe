package id.rancang.audit;

import id.rancang.shared.RegionCode;
import id.rancang.shared.TenantScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Audit entries; reads are scoped by the regions the reader administers. */
@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            Instant at,
            String actor,
            String region,
            String entityType,
            String entityId,
            AuditAction action,
            String before,
            String after) {
        jdbc.sql("insert into audit_entry (occurred_at, actor, region_code, entity_type, entity_id, action,"
                        + " before_state, after_state) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(at), actor, region, entityType, entityId, action.name(), before, after)
                .update();
    }

    /** Newest first; {@code region} null means every region in scope (and, for all, global entries). */
    List<AuditEntry> recent(TenantScope scope, RegionCode region, int limit) {
        return find(scope, region, null, null, 0, limit);
    }

    /**
     * One page of entries, newest first, optionally of one entity type and one action; {@code region}
     * null means every region in scope.
     */
    List<AuditEntry> find(
            TenantScope scope, RegionCode region, String entityType, AuditAction action, int offset, int limit) {
        return jdbc.sql("select * from audit_entry where (:region = '' or region_code = :region)"
                        + " and (:all = true or region_code in (:codes))"
                        + " and (:type = '' or entity_type = :type) and (:action = '' or action = :action)"
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .param("region", region == null ? "" : region.value())
                .param("all", scope.allRegions())
                .param("codes", scope.codesForQuery())
                .param("type", entityType == null ? "" : entityType)
                .param("action", action == null ? "" : action.name())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("region_code"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("before_state"),
                        rs.getString("after_state")))
                .list();
    }

    /** The entity types that have entries in scope, for a filter. */
    List<String> entityTypes(TenantScope scope, RegionCode region) {
        return jdbc.sql("select distinct entity_type from audit_entry where (:region = '' or region_code = :region)"
                        + " and (:all = true or region_code in (:codes)) order by entity_type")
                .param("region", region == null ? "" : region.value())
                .param("all", scope.allRegions())
                .param("codes", scope.codesForQuery())
                .query(String.class)
                .list();
    }
}
