package id.rancang.portfolio;

import id.rancang.bimtek.BimtekProgress;
import id.rancang.bimtek.Stages;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Region;
import id.rancang.region.Regions;
import id.rancang.shared.RegionCode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the portfolio in a fixed number of queries whatever the number of regions: the visible
 * masterplans, the Bimtek progress of all of them, the names per province, one query per figure.
 */
@Service
@Transactional(readOnly = true)
public class Portfolio {

    private final Masterplans masterplans;
    private final Stages stages;
    private final Regions regions;
    private final List<PortfolioFigure> figures;
    private final List<String> keys;

    Portfolio(Masterplans masterplans, Stages stages, Regions regions, List<PortfolioFigure> figures) {
        this.masterplans = masterplans;
        this.stages = stages;
        this.regions = regions;
        this.figures = List.copyOf(figures);
        this.keys = figures.stream().map(PortfolioFigure::key).sorted().toList();
    }

    /** The keys of the contributed figures, in a stable order. */
    public List<String> figureKeys() {
        return keys;
    }

    /** Active masterplans the caller may see, filtered and sorted. */
    public List<PortfolioEntry> entries(PortfolioQuery query) {
        return query.apply(entries());
    }

    /** Every active masterplan the caller may see, unsorted; filter with {@link PortfolioQuery#apply}. */
    public List<PortfolioEntry> entries() {
        List<Masterplan> visible = masterplans.visible().stream()
                .filter(m -> m.status().isActive())
                .toList();
        Map<Long, BimtekProgress> progress = stages.progress(visible);
        Map<String, Map<Long, Long>> values = new HashMap<>();
        List<Long> ids = visible.stream().map(Masterplan::id).toList();
        figures.forEach(f -> values.put(f.key(), f.valuesFor(ids)));
        Map<String, String> names = names(visible);
        return visible.stream()
                .map(m -> entry(m, progress.get(m.id()), names, values))
                .toList();
    }

    private PortfolioEntry entry(
            Masterplan m, BimtekProgress progress, Map<String, String> names, Map<String, Map<Long, Long>> values) {
        Map<String, Long> figureValues = new LinkedHashMap<>();
        keys.forEach(key -> figureValues.put(key, values.get(key).getOrDefault(m.id(), 0L)));
        String region = m.regionCode().value();
        String province = m.regionCode().provinceCode();
        Instant last = progress == null ? m.updatedAt() : progress.lastActivity();
        return new PortfolioEntry(
                region,
                names.getOrDefault(region, region),
                province,
                names.getOrDefault(province, province),
                m.id(),
                m.title(),
                progress != null && progress.cohortYear() != null
                        ? progress.cohortYear()
                        : m.createdAt().atZone(ZoneOffset.UTC).getYear(),
                m.stage(),
                progress == null ? 0 : progress.outputsDone(),
                progress == null ? 0 : progress.outputsTotal(),
                figureValues,
                last);
    }

    /** Region and province names, one lookup per province (38 at most). */
    private Map<String, String> names(List<Masterplan> visible) {
        Map<String, String> names = new HashMap<>();
        TreeSet<String> provinces = new TreeSet<>();
        visible.forEach(m -> provinces.add(m.regionCode().provinceCode()));
        for (String province : provinces) {
            RegionCode code = RegionCode.of(province);
            regions.find(code).ifPresent(r -> names.put(province, r.name()));
            for (Region regency : regions.children(code)) {
                names.put(regency.code().value(), regency.name());
            }
        }
        return names;
    }

    /** Filter and sort of the portfolio; every part is optional. */
    public record PortfolioQuery(String text, String province, Integer stage, Integer cohort, String sort) {

        /** Sorts by a contributed figure, largest first: {@code figure:<key>}. */
        public static final String FIGURE = "figure:";

        public static final List<String> SORTS =
                List.of("region", "province", "stage", "progress", "activity", "cohort");

        /** The entries this query lets through, in its order. */
        public List<PortfolioEntry> apply(List<PortfolioEntry> entries) {
            return entries.stream().filter(this::matches).sorted(comparator()).toList();
        }

        boolean matches(PortfolioEntry e) {
            if (province != null && !province.isBlank() && !e.provinceCode().equals(province.strip())) {
                return false;
            }
            if (stage != null && e.stage() != stage) {
                return false;
            }
            if (cohort != null && e.cohortYear() != cohort) {
                return false;
            }
            if (text != null && !text.isBlank()) {
                String needle = text.strip().toLowerCase(Locale.ROOT);
                return e.regionName().toLowerCase(Locale.ROOT).contains(needle)
                        || e.provinceName().toLowerCase(Locale.ROOT).contains(needle)
                        || e.title().toLowerCase(Locale.ROOT).contains(needle)
                        || e.regionCode().startsWith(needle);
            }
            return true;
        }

        Comparator<PortfolioEntry> comparator() {
            Comparator<PortfolioEntry> byRegion = Comparator.comparing(PortfolioEntry::regionCode);
            String key = sort == null ? "region" : sort;
            return switch (key) {
                case "province" ->
                    Comparator.comparing(PortfolioEntry::provinceName).thenComparing(byRegion);
                case "stage" ->
                    Comparator.comparingInt(PortfolioEntry::stage).reversed().thenComparing(byRegion);
                case "progress" ->
                    Comparator.comparingDouble(PortfolioQuery::share).reversed().thenComparing(byRegion);
                case "activity" ->
                    Comparator.comparing(PortfolioEntry::lastActivity)
                            .reversed()
                            .thenComparing(byRegion);
                case "cohort" ->
                    Comparator.comparingInt(PortfolioEntry::cohortYear).thenComparing(byRegion);
                default ->
                    key.startsWith(FIGURE)
                            ? Comparator.comparingLong((PortfolioEntry e) ->
                                            e.figures().getOrDefault(key.substring(FIGURE.length()), 0L))
                                    .reversed()
                                    .thenComparing(byRegion)
                            : Comparator.comparing(PortfolioEntry::regionName).thenComparing(byRegion);
            };
        }

        private static double share(PortfolioEntry e) {
            return e.outputsTotal() == 0 ? 0 : (double) e.outputsDone() / e.outputsTotal();
        }
    }
}
