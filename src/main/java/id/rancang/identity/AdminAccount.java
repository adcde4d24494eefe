package id.rancang.identity;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the system administrator {@code admin} at the first start: with the password in {@code
 * RANCANG_ADMIN_PASSWORD}, or a generated one that is printed once and never stored in clear.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccount implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final Users users;
    private final String configuredPassword;

    AdminAccount(Users users, @Value("${rancang.admin-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.exists(USERNAME)) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        users.createUnchecked(new CreateUserCommand(USERNAME, password, "Administrator Sistem"));
        users.grantUnchecked(USERNAME, null, Role.SYSTEM_ADMIN);
        if (generated) {
            log.warn(
                    "\n\n    Administrator created. User name: {}  Password: {}\n"
                            + "    This password is shown only once; change it after logging in.\n",
                    USERNAME,
                    password);
        } else {
            log.info("Administrator '{}' created with the password from RANCANG_ADMIN_PASSWORD", USERNAME);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
