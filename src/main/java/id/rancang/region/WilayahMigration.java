package id.rancang.region;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped Kemendagri master data (classpath {@code wilayah/}, ODbL) into the {@code
 * region} table, once, as a versioned migration; a newer edition of the data gets a new migration.
 */
@Component
class WilayahMigration implements JavaMigration {

    private static final int BATCH = 2_000;
    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1.0.1");
    }

    @Override
    public String getDescription() {
        return "load wilayah idn-area-data 4.0.1";
    }

    @Override
    public Integer getChecksum() {
        return 401;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String sql = "insert into region (code, parent_code, level, type, name, official_name, search_name)"
                + " values (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            load(insert, "provinces.csv", 1, null);
            load(insert, "regencies.csv", 2, "province_code");
            load(insert, "districts.csv", 3, "regency_code");
            load(insert, "villages.csv", 4, "district_code");
        }
    }

    private static void load(PreparedStatement insert, String file, int level, String parentColumn)
            throws IOException, SQLException {
        int pending = 0;
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("wilayah/" + file).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSV.parse(reader)) {
                String name = RegionNames.display(row.get("name"));
                insert.setString(1, row.get("code"));
                insert.setString(2, parentColumn == null ? null : row.get(parentColumn));
                insert.setInt(3, level);
                insert.setString(4, RegionType.of(level, name).name());
                insert.setString(5, name);
                insert.setString(6, row.get("name"));
                insert.setString(7, RegionNames.searchable(name));
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
        }
        if (pending > 0) {
            insert.executeBatch();
        }
    }
}
