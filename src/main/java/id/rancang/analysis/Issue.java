package id.rancang.analysis;

import java.time.Instant;
import java.util.List;

/**
 * A problem or potential of the region in one dimension (and optionally sub-dimension) of the
 * masterplan's framework, with its severity (1–5), evidence and the districts or villages it
 * concerns, and where it was raised ({@code source}, e.g. a Bimtek session; null otherwise). Programmes later answer problems and build on potentials.
 */
public record Issue(
        long id,
        long masterplanId,
        IssueKind kind,
        String dimension,
        String subDimension,
        String title,
        String description,
        int severity,
        List<String> districtCodes,
        Evidence evidence,
        IssueOrigin origin,
        SourceReference source,
        Instant updatedAt,
        long version) {}
