package id.rancang.analysis;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("analysis_issue")
class IssueEntity {

    @Id
    Long id;

    long masterplanId;
    String regionCode;
    String kind;
    String dimension;
    String subDimension;
    String title;
    String description;
    int severity;
    /** Comma-separated Kemendagri codes. */
    String districtCodes;

    String evidenceFigure;
    Integer evidenceYear;
    String evidenceSource;
    String origin;
    String sourceKind;
    Long sourceId;
    String sourceLabel;
    java.time.LocalDate sourceDate;
    String sourceLink;
    Instant createdAt;
    Instant updatedAt;

    SourceReference source() {
        return sourceKind == null
                ? null
                : new SourceReference(sourceKind, sourceId == null ? 0 : sourceId, sourceLabel, sourceDate, sourceLink);
    }

    void source(SourceReference source) {
        sourceKind = source == null ? null : source.kind();
        sourceId = source == null ? null : source.id();
        sourceLabel = source == null ? null : source.label();
        sourceDate = source == null ? null : source.date();
        sourceLink = source == null ? null : source.link();
    }

    @Version
    Long version;

    Issue toIssue() {
        List<String> districts =
                districtCodes == null || districtCodes.isBlank() ? List.of() : Arrays.asList(districtCodes.split(","));
        Evidence evidence = new Evidence(evidenceFigure, evidenceYear, evidenceSource);
        return new Issue(
                id,
                masterplanId,
                IssueKind.valueOf(kind),
                dimension,
                subDimension,
                title,
                description,
                severity,
                List.copyOf(districts),
                evidence.isEmpty() ? null : evidence,
                IssueOrigin.valueOf(origin),
                source(),
                updatedAt,
                version);
    }
}
