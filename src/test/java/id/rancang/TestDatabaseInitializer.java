package id.rancang;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: a fresh in-memory H2 database, or,
 * when the build runs with {@code -Drancang.test.database=postgresql}, a fresh schema in the
 * PostgreSQL server named by {@code RANCANG_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DATABASE_PROPERTY = "rancang.test.database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> properties = usesPostgres() ? postgres(name) : h2(name);
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("rancang-test-database", properties));
    }

    public static boolean usesPostgres() {
        return "postgresql".equals(System.getProperty(DATABASE_PROPERTY, "").toLowerCase(Locale.ROOT));
    }

    private static Map<String, Object> h2(String name) {
        return Map.of(
                "spring.datasource.url",
                "jdbc:h2:mem:" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.username",
                "sa",
                "spring.datasource.password",
                "",
                "spring.datasource.hikari.maximum-pool-size",
                "8");
    }

    private static Map<String, Object> postgres(String schema) {
        String url = required("RANCANG_TEST_POSTGRES_URL");
        String separator = url.contains("?") ? "&" : "?";
        return Map.of(
                "spring.datasource.url",
                url + separator + "currentSchema=" + schema,
                "spring.datasource.username",
                required("RANCANG_TEST_POSTGRES_USER"),
                "spring.datasource.password",
                System.getenv().getOrDefault("RANCANG_TEST_POSTGRES_PASSWORD", ""),
                "spring.datasource.hikari.maximum-pool-size",
                "8",
                "spring.flyway.schemas",
                schema,
                "spring.flyway.default-schema",
                schema);
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "PostgreSQL tests need " + variable + " (see README, section Tests on PostgreSQL)");
        }
        return value;
    }
}
