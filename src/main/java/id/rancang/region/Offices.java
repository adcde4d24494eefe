package id.rancang.region;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.RegionCode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offices (OPD) of a region. Everyone with access to the region reads them; its administrators
 * change them. A region receives the typical set when it is first put to use.
 */
@Service
@Transactional
public class Offices {

    private static final String ENTITY = "office";
    /** The uses named in a refusal; there are message keys "office.usage.list.1" up to this many. */
    private static final int MAX_LISTED_USES = 6;

    private final OfficeRepository repository;
    private final Regions regions;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<OfficeUsage> usages;

    Offices(
            OfficeRepository repository,
            Regions regions,
            AccessControl access,
            AuditTrail audit,
            Clock clock,
            ObjectProvider<OfficeUsage> usages) {
        this.repository = repository;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.usages = usages;
    }

    @Transactional(readOnly = true)
    public List<Office> list(String regionCode) {
        RegionCode region = visibleRegion(regionCode, Permission.READ);
        return repository.findAllInRegion(region.value()).stream()
                .map(OfficeEntity::toOffice)
                .toList();
    }

    /** The codes of the region's offices, for checking the codes that other records name. */
    @Transactional(readOnly = true)
    public Set<String> codes(String regionCode) {
        return list(regionCode).stream().map(Office::code).collect(Collectors.toUnmodifiableSet());
    }

    @Transactional(readOnly = true)
    public Office get(String regionCode, String officeCode) {
        RegionCode region = visibleRegion(regionCode, Permission.READ);
        return entity(region, officeCode).toOffice();
    }

    public Office create(String regionCode, OfficeCommand command) {
        RegionCode region = visibleRegion(regionCode, Permission.ADMINISTER);
        String code = command.normalisedCode();
        if (repository.findInRegion(region.value(), code).isPresent()) {
            throw new ConflictException("office.code.taken", code);
        }
        Office created = repository
                .save(OfficeEntity.create(region.value(), code, command.name().strip(), clock.instant()))
                .toOffice();
        audit.record(region, ENTITY, code, AuditAction.CREATED, null, created);
        return created;
    }

    public Office update(String regionCode, String officeCode, OfficeCommand command) {
        RegionCode region = visibleRegion(regionCode, Permission.ADMINISTER);
        OfficeEntity entity = entity(region, officeCode);
        Office before = entity.toOffice();
        if (command.version() != null && !Objects.equals(command.version(), entity.version)) {
            throw new OptimisticLockingFailureException("office " + officeCode + " changed meanwhile");
        }
        String code = command.normalisedCode();
        if (!code.equals(entity.code)) {
            if (repository.findInRegion(region.value(), code).isPresent()) {
                throw new ConflictException("office.code.taken", code);
            }
            requireUnused(region, entity.code, "office.inUse.rename");
        }
        entity.code = code;
        entity.name = command.name().strip();
        entity.updatedAt = clock.instant();
        Office after = repository.save(entity).toOffice();
        audit.record(region, ENTITY, code, AuditAction.UPDATED, before, after);
        return after;
    }

    public void delete(String regionCode, String officeCode) {
        RegionCode region = visibleRegion(regionCode, Permission.ADMINISTER);
        OfficeEntity entity = entity(region, officeCode);
        requireUnused(region, entity.code, "office.inUse.delete");
        repository.delete(entity);
        audit.record(region, ENTITY, entity.code, AuditAction.DELETED, entity.toOffice(), null);
    }

    /**
     * Gives a regency or city the typical offices if it has none yet. Called by the system when a
     * region is first put to use (a membership or a masterplan); not an access-checked user action.
     */
    public void ensureDefaults(RegionCode region) {
        if (region.level() != 2 || repository.countInRegion(region.value()) > 0) {
            return;
        }
        for (DefaultOffices.Template template : DefaultOffices.ALL) {
            Office office = repository
                    .save(OfficeEntity.create(region.value(), template.code(), template.name(), clock.instant()))
                    .toOffice();
            audit.record(region, ENTITY, office.code(), AuditAction.CREATED, null, office);
        }
    }

    /**
     * Refuses (409) to rename or delete an office whose code other modules still store, saying
     * where: "Kode OPD BAPPEDA masih dipakai oleh 3 program dan 1 inisiatif".
     */
    private void requireUnused(RegionCode region, String officeCode, String messageKey) {
        List<MessageSourceResolvable> uses = usages.orderedStream()
                .map(usage -> Map.entry(usage.messageKey(), usage.count(region, officeCode)))
                .filter(use -> use.getValue() > 0)
                .map(use -> (MessageSourceResolvable)
                        new DefaultMessageSourceResolvable(new String[] {use.getKey()}, new Object[] {use.getValue()}))
                .toList();
        if (uses.isEmpty()) {
            return;
        }
        int shown = Math.min(uses.size(), MAX_LISTED_USES);
        MessageSourceResolvable list = new DefaultMessageSourceResolvable(
                new String[] {"office.usage.list." + shown},
                uses.subList(0, shown).toArray());
        throw new ConflictException(messageKey, officeCode, list);
    }

    private RegionCode visibleRegion(String regionCode, Permission permission) {
        RegionCode region = regions.get(regionCode).code();
        access.require(region, permission, "region " + regionCode);
        return region;
    }

    private OfficeEntity entity(RegionCode region, String officeCode) {
        return repository
                .findInRegion(region.value(), officeCode.toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("office " + officeCode));
    }
}
