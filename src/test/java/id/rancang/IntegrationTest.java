package id.rancang;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A full-stack test: the whole application on a random port with its own empty database (no demo
 * data), and the administrator {@code admin} with the password {@link Api#ADMIN_PASSWORD}. Test
 * classes share one application, so each test creates the users and data it needs under unique
 * names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rancang.demo-data=false",
            "rancang.admin-password=" + Api.ADMIN_PASSWORD,
            "logging.level.org.flywaydb=warn"
        })
public @interface IntegrationTest {}
