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
    /** The last page number asked for that is honoured; beyond it the pages are empty anyway. */
    private static final int MAX_PAGE = 1_000_000;

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

    /**
     * Page {@code page} (from 0) of {@code size} entries, newest first, of one entity type and one
     * action when given; says whether a later page has entries.
     */
    @Transactional(readOnly = true)
    public AuditPage page(
            TenantScope scope, RegionCode region, String entityType, AuditAction action, int page, int size) {
        int number = Math.min(Math.max(0, page), MAX_PAGE);
        List<AuditEntry> found = repository.find(
                scope, region, blankToNull(entityType), action, Math.multiplyExact(number, size), size + 1);
        return new AuditPage(found.subList(0, Math.min(size, found.size())), number, found.size() > size);
    }

    /** The entity types that have entries in scope, for a filter. */
    @Transactional(readOnly = true)
    public List<String> entityTypes(TenantScope scope, RegionCode region) {
        return repository.entityTypes(scope, region);
    }

    /** One page of the trail: its entries, its number (from 0), and whether a next page exists. */
    public record AuditPage(List<AuditEntry> entries, int number, boolean hasNext) {

        public boolean hasPrevious() {
            return number > 0;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String snapshot(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
