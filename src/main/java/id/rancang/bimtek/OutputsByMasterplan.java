package id.rancang.bimtek;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Collects the outputs done per masterplan for a {@link StageOutputEvidence}: each query of
 * masterplan ids marks one output done for every id it returns.
 */
public final class OutputsByMasterplan {

    private final JdbcClient jdbc;
    private final Collection<Long> masterplanIds;
    private final Map<Long, Set<StageOutput>> done = new HashMap<>();

    public OutputsByMasterplan(JdbcClient jdbc, Collection<Long> masterplanIds) {
        this.jdbc = jdbc;
        this.masterplanIds = masterplanIds;
    }

    /**
     * Marks {@code output} done for every masterplan id that {@code sql} returns; the query gets
     * the masterplan ids as the parameter {@code :ids}.
     */
    public OutputsByMasterplan whereFound(StageOutput output, String sql) {
        if (!masterplanIds.isEmpty()) {
            jdbc.sql(sql).param("ids", masterplanIds).query(Long.class).list().forEach(id -> add(id, output));
        }
        return this;
    }

    /** Marks {@code output} done for one masterplan. */
    public void add(long masterplanId, StageOutput output) {
        done.computeIfAbsent(masterplanId, k -> EnumSet.noneOf(StageOutput.class))
                .add(output);
    }

    /** The outputs done per masterplan; masterplans without any are missing. */
    public Map<Long, Set<StageOutput>> done() {
        return done;
    }
}
