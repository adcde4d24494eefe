package id.rancang.audit;

import id.rancang.shared.RegionCode;
import id.rancang.shared.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Records changes and reads them back for a region's administrators. */
@Service
public class AuditTrail {

    static final String SYSTEM = "system";

    private final AuditRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(AuditRepository repository, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a change in the caller's transaction (joined, never a new one): if the change rolls
     * back, so does its entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            RegionCode region, String entityType, Object entityId, AuditAction action, Object before, Object after) {
        repository.insert(
                Instant.now(clock),
                currentActor(),
                region == null ? null : region.value(),
                entityType,
                String.valueOf(entityId),
                action,
                snapshot(before),
                snapshot(after));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> recent(TenantScope scope, RegionCode region, int limit) {
        return repository.recent(scope, region, Math.max(1, Math.min(limit, 500)));
    }

    private String snapshot(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
