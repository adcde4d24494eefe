package id.rancang.programme;

import id.rancang.strategy.ProgrammeDirectory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets the strategy module refer to programmes by code. The caller has already loaded the
 * masterplan through its access check, so these lookups are scoped by that masterplan only.
 */
@Component
class ProgrammeDirectoryAdapter implements ProgrammeDirectory {

    private final JdbcClient jdbc;

    ProgrammeDirectoryAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> idOf(long masterplanId, String code) {
        return jdbc.sql("select id from programme where masterplan_id = ? and code = ?")
                .params(masterplanId, code)
                .query(Long.class)
                .optional();
    }

    @Override
    public Map<Long, String> codes(long masterplanId) {
        Map<Long, String> codes = new HashMap<>();
        jdbc.sql("select id, code from programme where masterplan_id = ?")
                .param(masterplanId)
                .query(rs -> {
                    codes.put(rs.getLong("id"), rs.getString("code"));
                });
        return codes;
    }

    @Override
    public Map<String, String> names(long masterplanId) {
        Map<String, String> names = new java.util.TreeMap<>();
        jdbc.sql("select code, name from programme where masterplan_id = ?")
                .param(masterplanId)
                .query(rs -> {
                    names.put(rs.getString("code"), rs.getString("name"));
                });
        return names;
    }
}
