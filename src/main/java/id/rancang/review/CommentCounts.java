package id.rancang.review;

import java.util.Map;

/** Open and resolved threads of a masterplan, in total and per kind of item. */
public record CommentCounts(
        long open, long resolved, Map<TargetKind, Long> openByKind, Map<TargetKind, Long> allByKind) {

    public CommentCounts {
        openByKind = Map.copyOf(openByKind);
        allByKind = Map.copyOf(allByKind);
    }

    public long open(TargetKind kind) {
        return openByKind.getOrDefault(kind, 0L);
    }

    public long all(TargetKind kind) {
        return allByKind.getOrDefault(kind, 0L);
    }

    public long total() {
        return open + resolved;
    }
}
