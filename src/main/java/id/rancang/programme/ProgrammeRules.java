package id.rancang.programme;

import id.rancang.framework.Framework;
import id.rancang.shared.InvalidInputException.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a programme against its masterplan: the framework's dimensions, the region's offices,
 * the plan's years, the other programmes, the goals and the problems of its analysis. Every problem is reported, each naming the
 * field as the API spells it.
 */
final class ProgrammeRules {

    /** What a programme is checked against. {@code otherCodes} excludes the programme itself. */
    record Context(
            int firstYear,
            int horizonYears,
            Framework framework,
            Set<String> officeCodes,
            Set<String> otherCodes,
            Set<Long> goalIds,
            Set<Long> problemIds) {

        int lastYear() {
            return firstYear + horizonYears - 1;
        }
    }

    private final Context context;
    private final List<FieldProblem> problems = new ArrayList<>();

    private ProgrammeRules(Context context) {
        this.context = context;
    }

    static List<FieldProblem> check(ProgrammeCommand command, Context context) {
        ProgrammeRules rules = new ProgrammeRules(context);
        rules.checkNames(command);
        rules.checkDimension(command);
        rules.checkOffices(command);
        rules.checkYears(command);
        rules.checkMoney(command);
        rules.checkReferences(command);
        rules.checkQuickWin(command.quickWinDetails());
        return List.copyOf(rules.problems);
    }

    /** Also checked by Bean Validation in the API; forms reach here directly. */
    private void checkNames(ProgrammeCommand command) {
        String code = command.normalisedCode();
        if (code == null) {
            reject("code", "programme.code.required");
        } else if (code.length() > 20) {
            reject("code", "programme.code.size");
        } else if (!code.matches("[A-Z0-9][A-Z0-9._-]*")) {
            reject("code", "programme.code.format");
        }
        String name = ProgrammeCommand.blankToNull(command.name());
        if (name == null) {
            reject("name", "programme.name.required");
        } else if (name.length() > 200) {
            reject("name", "programme.name.size");
        }
        checkLength("description", command.description(), 4000);
        checkLength("innovation", command.innovation(), 2000);
    }

    private void checkDimension(ProgrammeCommand command) {
        String dimension = ProgrammeCommand.blankToNull(command.dimension());
        if (dimension == null) {
            reject("dimension", "programme.dimension.required");
            return;
        }
        var found = context.framework().dimension(dimension);
        if (found.isEmpty()) {
            reject("dimension", "programme.dimension.unknown", dimension);
        } else if (command.trimmedSubDimension() != null
                && found.get().subDimension(command.trimmedSubDimension()).isEmpty()) {
            reject("subDimension", "programme.subDimension.unknown", command.trimmedSubDimension(), dimension);
        }
    }

    private void checkOffices(ProgrammeCommand command) {
        String owner = command.normalisedOwner();
        if (owner == null) {
            reject("ownerOffice", "programme.ownerOffice.required");
        } else if (!context.officeCodes().contains(owner)) {
            reject("ownerOffice", "programme.office.unknown", owner);
        }
        for (String office : command.normalisedSupportingOffices()) {
            if (!context.officeCodes().contains(office)) {
                reject("supportingOffices", "programme.office.unknown", office);
            }
        }
    }

    private void checkYears(ProgrammeCommand command) {
        Integer duration = command.durationYears();
        if (duration == null) {
            reject("durationYears", "programme.durationYears.required");
        } else if (duration < 1 || duration > context.horizonYears()) {
            reject("durationYears", "programme.durationYears.range", context.horizonYears());
            duration = null;
        }
        int years = duration == null ? 1 : duration;
        checkInPlan("startYear", command.startYear(), context.lastYear() - years + 1);
        checkInPlan("earliestStartYear", command.earliestStartYear(), context.lastYear() - years + 1);
        checkInPlan("latestEndYear", command.latestEndYear(), context.lastYear());
        if (command.latestEndYear() != null && command.latestEndYear() < context.firstYear() + years - 1) {
            reject("latestEndYear", "programme.latestEndYear.tooEarly", context.firstYear() + years - 1);
        }
        Integer earliest = command.earliestStartYear();
        Integer latest = command.latestEndYear();
        if (earliest != null && latest != null && earliest + years - 1 > latest) {
            reject("latestEndYear", "programme.window.tooShort", years);
        }
        Integer start = command.startYear();
        if (start != null && earliest != null && start < earliest) {
            reject("startYear", "programme.startYear.beforeEarliest", earliest);
        }
        if (start != null && latest != null && start + years - 1 > latest) {
            reject("startYear", "programme.startYear.afterLatest", latest);
        }
    }

    private void checkInPlan(String field, Integer year, int latestAllowed) {
        if (year != null && (year < context.firstYear() || year > latestAllowed)) {
            reject(field, "programme.year.range", context.firstYear(), Math.max(context.firstYear(), latestAllowed));
        }
    }

    private void checkMoney(ProgrammeCommand command) {
        if (command.fundingSource() == null) {
            reject("fundingSource", "programme.fundingSource.required");
        }
        if (command.value() != null && command.value().signum() < 0) {
            reject("value", "programme.value.negative");
        }
        List<BigDecimal> costs = command.costs();
        if (costs == null || costs.isEmpty()) {
            reject("costs", "programme.costs.required");
            return;
        }
        Integer duration = command.durationYears();
        if (duration != null && costs.size() != duration) {
            reject("costs", "programme.costs.size", duration, costs.size());
        }
        for (int i = 0; i < costs.size(); i++) {
            BigDecimal amount = costs.get(i);
            if (amount == null) {
                reject("costs[" + i + "]", "programme.costs.missing", i + 1);
            } else if (amount.signum() < 0) {
                reject("costs[" + i + "]", "programme.costs.negative", i + 1);
            } else if (amount.stripTrailingZeros().scale() > 0) {
                reject("costs[" + i + "]", "programme.costs.whole", i + 1);
            } else if (amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 100)) > 0) {
                reject("costs[" + i + "]", "programme.costs.tooLarge", i + 1);
            }
        }
    }

    private void checkReferences(ProgrammeCommand command) {
        String own = command.normalisedCode();
        for (String prerequisite : command.normalisedDependsOn()) {
            if (prerequisite.equals(own)) {
                reject("dependsOn", "programme.dependsOn.self", prerequisite);
            } else if (!context.otherCodes().contains(prerequisite)) {
                reject("dependsOn", "programme.dependsOn.unknown", prerequisite);
            }
        }
        for (Long goal : command.distinctGoalIds()) {
            if (!context.goalIds().contains(goal)) {
                reject("goalIds", "programme.goalIds.unknown", String.valueOf(goal));
            }
        }
        for (Long problem : command.distinctProblemIds()) {
            if (!context.problemIds().contains(problem)) {
                reject("problemIds", "programme.problemIds.unknown", String.valueOf(problem));
            }
        }
    }

    private void checkQuickWin(QuickWin details) {
        if (details == null) {
            return;
        }
        Integer completion = details.completionPercent();
        if (completion != null && (completion < 0 || completion > 100)) {
            reject("quickWinDetails.completionPercent", "programme.quickWin.completion");
        }
        checkLength("quickWinDetails.publicName", details.publicName(), 80);
        checkLength("quickWinDetails.beneficiaries", details.beneficiaries(), 1000);
        checkLength("quickWinDetails.timeline", details.timeline(), 500);
        checkLength("quickWinDetails.impactMeasures", details.impactMeasures(), 2000);
    }

    private void checkLength(String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            reject(field, "programme.text.size", max);
        }
    }

    private void reject(String field, String key, Object... arguments) {
        problems.add(new FieldProblem(field, key, arguments));
    }
}
