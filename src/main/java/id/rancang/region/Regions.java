package id.rancang.region;

import id.rancang.shared.NotFoundException;
import id.rancang.shared.RegionCode;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up and searches the Kemendagri master data. */
@Service
@Transactional(readOnly = true)
public class Regions {

    public static final int MAX_RESULTS = 200;

    private final RegionRepository repository;

    Regions(RegionRepository repository) {
        this.repository = repository;
    }

    public Optional<Region> find(RegionCode code) {
        return repository.find(code);
    }

    /** The region, or "not found" for a code that is malformed or unknown. */
    public Region get(String code) {
        return RegionCode.parse(code).flatMap(this::find).orElseThrow(() -> new NotFoundException("region " + code));
    }

    /** Regions whose name contains {@code text} or whose code starts with it, broadest first. */
    public List<Region> search(String text, RegionType type, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return repository.search(text, type, Math.max(1, Math.min(limit, MAX_RESULTS)));
    }

    /**
     * Like {@link #search}, with how many regions match in all, so that a page can say when it
     * shows only the first {@code limit}.
     */
    public SearchResult searchCounted(String text, RegionType type, int limit) {
        if (text == null || text.isBlank()) {
            return new SearchResult(List.of(), 0);
        }
        List<Region> shown = search(text, type, limit);
        long total =
                shown.size() < Math.max(1, Math.min(limit, MAX_RESULTS)) ? shown.size() : repository.count(text, type);
        return new SearchResult(shown, total);
    }

    /** The regions shown and how many match in all ({@code total >= shown.size()}). */
    public record SearchResult(List<Region> shown, long total) {

        public boolean truncated() {
            return total > shown.size();
        }
    }

    public List<Region> children(RegionCode parent) {
        return repository.children(parent);
    }

    /**
     * Number of districts and villages below a regency or city. Master data does not change while
     * the application runs, so each region is counted once.
     */
    public RegionCounts counts(RegionCode region) {
        return counts.computeIfAbsent(
                region, code -> new RegionCounts(repository.countBelow(code, 3), repository.countBelow(code, 4)));
    }

    private final java.util.Map<RegionCode, RegionCounts> counts = new java.util.concurrent.ConcurrentHashMap<>();

    public record RegionCounts(long districts, long villages) {}
}
