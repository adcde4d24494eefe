package id.rancang.region;

import id.rancang.shared.RegionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only access to the master data; it is global reference data, not region-owned. */
@Repository
class RegionRepository {

    private static final String COLUMNS = "select code, name, type, parent_code from region";

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Region> find(RegionCode code) {
        return jdbc.sql(COLUMNS + " where code = ?")
                .param(code.value())
                .query(RegionRepository::map)
                .optional();
    }

    /**
     * What the user typed is matched literally: {@code %} and {@code _} are escaped, not wildcards
     * ({@code escape '!'} works the same on H2 and PostgreSQL).
     */
    private static final String MATCHES = " where (search_name like :pattern escape '!' or code like :code escape '!')"
            + " and (:type = '' or type = :type)";

    List<Region> search(String text, RegionType type, int limit) {
        String name = literal(RegionNames.searchable(text.strip()));
        return jdbc.sql(COLUMNS + MATCHES
                        + " order by level, case when search_name like :start escape '!' then 0 else 1 end, name, code"
                        + " limit :limit")
                .param("pattern", "%" + name + "%")
                .param("start", name + "%")
                .param("code", literal(text.strip()) + "%")
                .param("type", type == null ? "" : type.name())
                .param("limit", limit)
                .query(RegionRepository::map)
                .list();
    }

    /** How many regions {@link #search} would find without a limit. */
    long count(String text, RegionType type) {
        String name = literal(RegionNames.searchable(text.strip()));
        return jdbc.sql("select count(*) from region" + MATCHES)
                .param("pattern", "%" + name + "%")
                .param("code", literal(text.strip()) + "%")
                .param("type", type == null ? "" : type.name())
                .query(Long.class)
                .single();
    }

    /** {@code text} for a LIKE pattern with {@code escape '!'}: its wildcards match themselves. */
    static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    List<Region> children(RegionCode parent) {
        return jdbc.sql(COLUMNS + " where parent_code = ? order by code")
                .param(parent.value())
                .query(RegionRepository::map)
                .list();
    }

    /**
     * Districts and villages below a regency or city. The level is tested inside the count, not in
     * the where clause: with {@code level = ?} there H2 chose the (level, search_name) index and read
     * all 83,762 villages of the country on every call (see docs/benchmarks.md); the code prefix reads
     * only the region's own rows through the primary key.
     */
    long countBelow(RegionCode region, int level) {
        return jdbc.sql("select count(case when level = ? then 1 end) from region where code like ?")
                .param(level)
                .param(region.value() + ".%")
                .query(Long.class)
                .single();
    }

    private static Region map(ResultSet rs, int row) throws SQLException {
        String parent = rs.getString("parent_code");
        return new Region(
                RegionCode.of(rs.getString("code")),
                rs.getString("name"),
                RegionType.valueOf(rs.getString("type")),
                parent == null ? null : RegionCode.of(parent));
    }
}
