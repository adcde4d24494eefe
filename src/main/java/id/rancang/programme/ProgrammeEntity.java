package id.rancang.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("programme")
class ProgrammeEntity {

    @Id
    Long id;

    long masterplanId;
    String code;
    String name;
    String description;
    String dimension;
    String subDimension;
    String ownerOffice;
    String innovation;
    String innovationType;
    String horizon;
    Integer startYear;
    int durationYears;
    String fundingSource;
    BigDecimal benefitValue;
    boolean mandatory;
    Integer earliestStartYear;
    Integer latestEndYear;
    String status;
    boolean quickWin;
    String qwPublicName;
    String qwBeneficiaries;
    String qwTimeline;
    Integer qwCompletion;
    String qwImpactMeasures;
    Instant createdAt;
    Instant updatedAt;

    @Version
    Long version;

    @MappedCollection(idColumn = "programme_id", keyColumn = "year_index")
    List<CostRow> costs = new ArrayList<>();

    @MappedCollection(idColumn = "programme_id")
    Set<SupportingOffice> supportingOffices = new HashSet<>();

    @MappedCollection(idColumn = "programme_id")
    Set<Dependency> dependencies = new HashSet<>();

    @MappedCollection(idColumn = "programme_id")
    Set<GoalLink> goals = new HashSet<>();

    @MappedCollection(idColumn = "programme_id")
    Set<ProblemLink> problems = new HashSet<>();

    @Table("programme_cost")
    record CostRow(long amount) {}

    @Table("programme_supporting_office")
    record SupportingOffice(String officeCode) {}

    @Table("programme_dependency")
    record Dependency(long dependsOnId) {}

    @Table("programme_goal")
    record GoalLink(long goalId) {}

    @Table("programme_problem")
    record ProblemLink(long problemId) {}

    /** The record, naming prerequisites by the codes in {@code codesById}. */
    Programme toProgramme(Map<Long, String> codesById) {
        QuickWin details = new QuickWin(qwPublicName, qwBeneficiaries, qwTimeline, qwCompletion, qwImpactMeasures);
        return new Programme(
                id,
                masterplanId,
                code,
                name,
                description,
                dimension,
                subDimension,
                ownerOffice,
                supportingOffices.stream()
                        .map(SupportingOffice::officeCode)
                        .sorted()
                        .toList(),
                innovation,
                innovationType == null ? null : InnovationType.valueOf(innovationType),
                Horizon.valueOf(horizon),
                startYear,
                durationYears,
                costs.stream().map(CostRow::amount).toList(),
                FundingSource.valueOf(fundingSource),
                benefitValue == null ? null : benefitValue.stripTrailingZeros(),
                mandatory,
                earliestStartYear,
                latestEndYear,
                dependencies.stream()
                        .map(d -> codesById.getOrDefault(d.dependsOnId(), "#" + d.dependsOnId()))
                        .sorted()
                        .toList(),
                goals.stream()
                        .map(GoalLink::goalId)
                        .sorted(Comparator.naturalOrder())
                        .toList(),
                problems.stream()
                        .map(ProblemLink::problemId)
                        .sorted(Comparator.naturalOrder())
                        .toList(),
                ProgrammeStatus.valueOf(status),
                quickWin,
                details,
                createdAt,
                updatedAt,
                version);
    }
}
