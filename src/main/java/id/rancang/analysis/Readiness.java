package id.rancang.analysis;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readiness analysis of a masterplan: SWOT items and 1–5 ratings per sub-element of the
 * shipped readiness model, and the summary with gaps that the radar chart shows.
 */
@Service
@Transactional
public class Readiness {

    private static final String SWOT = "readiness-swot";
    private static final String RATING = "readiness-rating";

    private final SwotRepository swot;
    private final RatingRepository ratings;
    private final ReadinessCatalogue catalogue;
    private final MasterplanContext context;
    private final AuditTrail audit;
    private final Clock clock;

    Readiness(
            SwotRepository swot,
            RatingRepository ratings,
            ReadinessCatalogue catalogue,
            MasterplanContext context,
            AuditTrail audit,
            Clock clock) {
        this.swot = swot;
        this.ratings = ratings;
        this.catalogue = catalogue;
        this.context = context;
        this.audit = audit;
        this.clock = clock;
    }

    public ReadinessModel model() {
        return catalogue.current();
    }

    @Transactional(readOnly = true)
    public List<SwotItem> swot(long masterplanId) {
        Masterplan masterplan = context.read(masterplanId);
        return swot.findAllInRegion(masterplan.regionCode().value(), masterplanId).stream()
                .map(SwotEntity::toItem)
                .toList();
    }

    public SwotItem addSwot(long masterplanId, SwotCommand command) {
        Masterplan masterplan = context.edit(masterplanId);
        List<FieldProblem> problems = new ArrayList<>();
        checkSubElement(command.subElement(), "subElement", problems);
        if (command.kind() == null) {
            problems.add(new FieldProblem("kind", "analysis.field.required", new Object[0]));
        }
        Text.required(command.text(), "text", 1000, problems);
        context.checkDimension(masterplan, command.dimension(), null, false, "dimension", "dimension", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SwotEntity entity = new SwotEntity();
        entity.masterplanId = masterplanId;
        entity.regionCode = masterplan.regionCode().value();
        entity.subElement = command.subElement().strip();
        entity.kind = command.kind().name();
        entity.text = command.text().strip();
        entity.dimension = Text.strip(command.dimension());
        entity.createdAt = clock.instant();
        entity.updatedAt = entity.createdAt;
        SwotItem created = swot.save(entity).toItem();
        audit.record(masterplan.regionCode(), SWOT, created.id(), AuditAction.CREATED, null, created);
        return created;
    }

    public void deleteSwot(long masterplanId, long id) {
        Masterplan masterplan = context.edit(masterplanId);
        SwotEntity entity = swot.findInRegion(masterplan.regionCode().value(), masterplanId, id)
                .orElseThrow(() -> new NotFoundException(SWOT + " " + id));
        swot.delete(entity);
        audit.record(masterplan.regionCode(), SWOT, id, AuditAction.DELETED, entity.toItem(), null);
    }

    @Transactional(readOnly = true)
    public List<ReadinessRating> ratings(long masterplanId) {
        Masterplan masterplan = context.read(masterplanId);
        return ratings.findAllInRegion(masterplan.regionCode().value(), masterplanId).stream()
                .map(RatingEntity::toRating)
                .toList();
    }

    /** Sets the listed ratings (all checked first; nothing changes if one is invalid). */
    public List<ReadinessRating> rate(long masterplanId, RatingsCommand command) {
        Masterplan masterplan = context.edit(masterplanId);
        List<RatingsCommand.Rating> list = command == null || command.ratings() == null ? List.of() : command.ratings();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            RatingsCommand.Rating rating = list.get(i);
            String prefix = "ratings[" + i + "].";
            if (rating == null) {
                problems.add(new FieldProblem("ratings[" + i + "]", "analysis.field.required", new Object[0]));
                continue;
            }
            checkSubElement(rating.subElement(), prefix + "subElement", problems);
            if (rating.subElement() != null && !seen.add(rating.subElement().strip())) {
                problems.add(new FieldProblem(
                        prefix + "subElement", "analysis.rating.duplicate", new Object[] {rating.subElement()}));
            }
            Text.range(rating.current(), prefix + "current", 1, 5, true, problems);
            Text.range(rating.required(), prefix + "required", 1, 5, true, problems);
            Text.max(rating.note(), prefix + "note", 1000, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String region = masterplan.regionCode().value();
        Map<String, RatingEntity> stored = new HashMap<>();
        List<String> changedMeanwhile = new ArrayList<>();
        for (RatingsCommand.Rating rating : list) {
            String code = rating.subElement().strip();
            RatingEntity entity =
                    ratings.findInRegion(region, masterplanId, code).orElse(null);
            stored.put(code, entity);
            long now = entity == null ? -1L : entity.version;
            if (rating.version() != null && now != rating.version()) {
                changedMeanwhile.add(
                        model().subElement(code).orElseThrow().name().in(LocaleContextHolder.getLocale()));
            }
        }
        if (!changedMeanwhile.isEmpty()) {
            throw new ConflictException("analysis.rating.conflict", String.join(", ", changedMeanwhile));
        }
        for (RatingsCommand.Rating rating : list) {
            String code = rating.subElement().strip();
            RatingEntity entity = stored.get(code);
            ReadinessRating before = entity == null ? null : entity.toRating();
            if (entity == null) {
                entity = new RatingEntity();
                entity.masterplanId = masterplanId;
                entity.regionCode = region;
                entity.subElement = code;
            }
            entity.current = rating.current();
            entity.required = rating.required();
            entity.note = Text.strip(rating.note());
            entity.updatedAt = clock.instant();
            ReadinessRating after = ratings.save(entity).toRating();
            audit.record(
                    masterplan.regionCode(),
                    RATING,
                    masterplanId + "/" + code,
                    before == null ? AuditAction.CREATED : AuditAction.UPDATED,
                    before,
                    after);
        }
        return ratings(masterplanId);
    }

    @Transactional(readOnly = true)
    public ReadinessSummary summary(long masterplanId) {
        return ReadinessSummary.of(model(), ratings(masterplanId));
    }

    private void checkSubElement(String code, String field, List<FieldProblem> problems) {
        if (Text.isBlank(code)) {
            problems.add(new FieldProblem(field, "analysis.field.required", new Object[0]));
        } else if (model().subElement(code.strip()).isEmpty()) {
            problems.add(new FieldProblem(field, "analysis.subElement.unknown", new Object[] {code}));
        }
    }
}
