package id.rancang.analysis;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.region.Regions;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and replaces the regional profile of a masterplan. */
@Service
@Transactional
public class RegionalProfiles {

    private static final String ENTITY = "analysis-profile";

    private final ProfileRepository repository;
    private final MasterplanContext context;
    private final Regions regions;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    RegionalProfiles(
            ProfileRepository repository,
            MasterplanContext context,
            Regions regions,
            AuditTrail audit,
            JsonMapper json,
            Clock clock) {
        this.repository = repository;
        this.context = context;
        this.regions = regions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RegionalProfile get(long masterplanId) {
        Masterplan masterplan = context.read(masterplanId);
        return toProfile(
                masterplan,
                repository
                        .findInRegion(masterplan.regionCode().value(), masterplanId)
                        .orElse(null));
    }

    public RegionalProfile update(long masterplanId, ProfileCommand command) {
        Masterplan masterplan = context.edit(masterplanId);
        List<FieldProblem> problems = check(command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProfileEntity entity = repository
                .findInRegion(masterplan.regionCode().value(), masterplanId)
                .orElse(null);
        RegionalProfile before = entity == null ? null : toProfile(masterplan, entity);
        if (entity == null) {
            entity = new ProfileEntity();
            entity.masterplanId = masterplanId;
            entity.regionCode = masterplan.regionCode().value();
        } else if (command.version() != null && !Objects.equals(command.version(), entity.version)) {
            throw new OptimisticLockingFailureException(ENTITY + " " + masterplanId + " changed meanwhile");
        }
        entity.population = command.population();
        entity.areaKm2 = command.areaKm2();
        entity.apbd = command.apbd();
        entity.fiscalCapacity = Text.strip(command.fiscalCapacity());
        entity.rpjmdStartYear = command.rpjmdStartYear();
        entity.rpjmdEndYear = command.rpjmdEndYear();
        entity.regentVision = Text.strip(command.regentVision());
        entity.regentMissions = json.writeValueAsString(clean(command.regentMissions()));
        entity.leadingSectors = json.writeValueAsString(clean(command.leadingSectors()));
        entity.figures = json.writeValueAsString(command.figures() == null ? List.of() : command.figures());
        entity.updatedAt = clock.instant();
        RegionalProfile after = toProfile(masterplan, repository.save(entity));
        audit.record(
                masterplan.regionCode(),
                ENTITY,
                masterplanId,
                before == null ? AuditAction.CREATED : AuditAction.UPDATED,
                before,
                after);
        return after;
    }

    static List<FieldProblem> check(ProfileCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.population() != null && command.population() < 0) {
            problems.add(new FieldProblem("population", "analysis.field.notNegative", new Object[0]));
        }
        if (command.areaKm2() != null
                && (command.areaKm2().signum() <= 0 || command.areaKm2().compareTo(new BigDecimal("9999999999")) > 0)) {
            problems.add(new FieldProblem("areaKm2", "analysis.field.positive", new Object[0]));
        }
        if (command.apbd() != null && command.apbd() < 0) {
            problems.add(new FieldProblem("apbd", "analysis.field.notNegative", new Object[0]));
        }
        Text.max(command.fiscalCapacity(), "fiscalCapacity", 100, problems);
        Text.range(command.rpjmdStartYear(), "rpjmdStartYear", 2000, 2100, false, problems);
        Text.range(command.rpjmdEndYear(), "rpjmdEndYear", 2000, 2100, false, problems);
        if (command.rpjmdStartYear() != null
                && command.rpjmdEndYear() != null
                && command.rpjmdEndYear() < command.rpjmdStartYear()) {
            problems.add(new FieldProblem("rpjmdEndYear", "analysis.profile.rpjmdOrder", new Object[0]));
        }
        Text.max(command.regentVision(), "regentVision", 2000, problems);
        checkTexts(command.regentMissions(), "regentMissions", problems);
        checkTexts(command.leadingSectors(), "leadingSectors", problems);
        List<ProfileFigure> figures = command.figures() == null ? List.of() : command.figures();
        for (int i = 0; i < figures.size(); i++) {
            ProfileFigure figure = figures.get(i);
            String prefix = "figures[" + i + "].";
            if (figure == null) {
                problems.add(new FieldProblem("figures[" + i + "]", "analysis.field.required", new Object[0]));
                continue;
            }
            Text.required(figure.name(), prefix + "name", 200, problems);
            if (figure.value() == null) {
                problems.add(new FieldProblem(prefix + "value", "analysis.field.required", new Object[0]));
            }
            Text.max(figure.unit(), prefix + "unit", 40, problems);
            Text.range(figure.year(), prefix + "year", 1945, 2100, false, problems);
            Text.max(figure.source(), prefix + "source", 300, problems);
        }
        return problems;
    }

    private static void checkTexts(List<String> texts, String field, List<FieldProblem> problems) {
        if (texts == null) {
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            Text.max(texts.get(i), field + "[" + i + "]", 1000, problems);
        }
    }

    private static List<String> clean(List<String> texts) {
        return texts == null
                ? List.of()
                : texts.stream()
                        .filter(t -> !Text.isBlank(t))
                        .map(String::strip)
                        .toList();
    }

    private RegionalProfile toProfile(Masterplan masterplan, ProfileEntity entity) {
        Regions.RegionCounts counts = regions.counts(masterplan.regionCode());
        if (entity == null) {
            return new RegionalProfile(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    counts.districts(),
                    counts.villages(),
                    null);
        }
        return new RegionalProfile(
                entity.population,
                entity.areaKm2,
                entity.apbd,
                entity.fiscalCapacity,
                entity.rpjmdStartYear,
                entity.rpjmdEndYear,
                entity.regentVision,
                json.readValue(entity.regentMissions, new TypeReference<List<String>>() {}),
                json.readValue(entity.leadingSectors, new TypeReference<List<String>>() {}),
                json.readValue(entity.figures, new TypeReference<List<ProfileFigure>>() {}),
                counts.districts(),
                counts.villages(),
                entity.version);
    }
}
