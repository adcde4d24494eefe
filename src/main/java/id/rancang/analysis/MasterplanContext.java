package id.rancang.analysis;

import id.rancang.framework.Framework;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Regions;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.Permission;
import id.rancang.shared.RegionCode;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Loads the masterplan that analysis data hangs off (the masterplan facade enforces the tenancy)
 * and checks codes against its framework and its region's master data.
 */
@Component
class MasterplanContext {

    private final Masterplans masterplans;
    private final Frameworks frameworks;
    private final Regions regions;

    MasterplanContext(Masterplans masterplans, Frameworks frameworks, Regions regions) {
        this.masterplans = masterplans;
        this.frameworks = frameworks;
        this.regions = regions;
    }

    Masterplan read(long masterplanId) {
        return masterplans.get(masterplanId);
    }

    Masterplan edit(long masterplanId) {
        return masterplans.require(masterplanId, Permission.EDIT);
    }

    Framework framework(Masterplan masterplan) {
        return frameworks.get(masterplan.framework());
    }

    /** A dimension code (required or optional) and, if given, one of its sub-dimensions. */
    void checkDimension(
            Masterplan masterplan,
            String dimension,
            String subDimension,
            boolean required,
            String dimensionField,
            String subDimensionField,
            List<FieldProblem> problems) {
        if (Text.isBlank(dimension)) {
            if (required) {
                problems.add(new FieldProblem(dimensionField, "analysis.dimension.required", new Object[0]));
            }
            return;
        }
        Framework framework = framework(masterplan);
        Optional<Framework.Dimension> found = framework.dimension(dimension.strip());
        if (found.isEmpty()) {
            problems.add(new FieldProblem(
                    dimensionField, "analysis.dimension.unknown", new Object[] {dimension, framework.code()}));
            return;
        }
        if (!Text.isBlank(subDimension)
                && found.get().subDimension(subDimension.strip()).isEmpty()) {
            problems.add(new FieldProblem(
                    subDimensionField, "analysis.subDimension.unknown", new Object[] {subDimension, dimension}));
        }
    }

    /** The districts of the masterplan's region, code to name, in code order. */
    java.util.Map<String, String> districts(Masterplan masterplan) {
        java.util.Map<String, String> districts = new java.util.LinkedHashMap<>();
        regions.children(masterplan.regionCode())
                .forEach(r -> districts.put(r.code().value(), r.name()));
        return districts;
    }

    /** District or village codes that exist and lie within the masterplan's region. */
    void checkDistricts(Masterplan masterplan, List<String> codes, String field, List<FieldProblem> problems) {
        if (codes == null) {
            return;
        }
        for (String code : codes) {
            String value = code == null ? "" : code.strip();
            boolean valid = RegionCode.parse(value)
                    .filter(c -> c.level() >= 3 && c.isWithin(masterplan.regionCode()))
                    .flatMap(regions::find)
                    .isPresent();
            if (!valid) {
                problems.add(new FieldProblem(field, "analysis.district.unknown", new Object[] {value}));
            }
        }
    }
}
