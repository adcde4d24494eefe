package id.rancang.demo;

import id.rancang.identity.CreateUserCommand;
import id.rancang.identity.GrantMembershipCommand;
import id.rancang.identity.Role;
import id.rancang.identity.Users;
import id.rancang.masterplan.CreateMasterplanCommand;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo regions once, at the first start, acting as the system administrator so that
 * every record goes through the same checks and the same audit trail as a user's change.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "rancang.demo-data", matchIfMissing = true)
class DemoData implements ApplicationRunner {

    static final String REGION = "53.06";
    static final String OTHER_REGION = "53.71";
    static final String MARKER_USER = "demo.admin";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("demo.admin", "Maria Goreti Kelen", REGION, Role.REGION_ADMIN),
            new DemoUser("demo.penyusun", "Yosef Lamablawa", REGION, Role.EDITOR),
            new DemoUser("demo.penelaah", "Anselmus Hurint", REGION, Role.REVIEWER),
            new DemoUser("demo.opd", "Fransiska Riberu", REGION, Role.OFFICE_CONTRIBUTOR),
            new DemoUser("demo.pembaca", "Petrus Kopong", REGION, Role.VIEWER),
            new DemoUser("demo.ahli", "Dr. Rina Wulandari", REGION, Role.EXPERT),
            new DemoUser("demo.koordinator", "Budi Santoso", null, Role.NATIONAL_COORDINATOR),
            new DemoUser("demo.kupang", "Imelda Manafe", OTHER_REGION, Role.REGION_ADMIN));

    private final Users users;
    private final Masterplans masterplans;
    private final DemoAnalysis analysis;
    private final DemoActionPlan actionPlan;
    private final DemoPublication publication;
    private final DemoBimtek bimtek;
    private final DemoReview review;
    private final DemoMonitoring monitoring;
    private final String configuredPassword;

    DemoData(
            Users users,
            Masterplans masterplans,
            DemoAnalysis analysis,
            DemoActionPlan actionPlan,
            DemoPublication publication,
            DemoBimtek bimtek,
            DemoReview review,
            DemoMonitoring monitoring,
            @Value("${rancang.demo-password:}") String configuredPassword) {
        this.users = users;
        this.masterplans = masterplans;
        this.analysis = analysis;
        this.actionPlan = actionPlan;
        this.publication = publication;
        this.bimtek = bimtek;
        this.review = review;
        this.monitoring = monitoring;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.exists(MARKER_USER)) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        SecurityContextHolder.setContext(system);
        try {
            load();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void load() {
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        for (DemoUser user : USERS) {
            users.create(new CreateUserCommand(user.username(), password, user.displayName()));
            users.grant(user.username(), new GrantMembershipCommand(user.regionCode(), user.role()));
        }
        users.grant("demo.ahli", new GrantMembershipCommand(OTHER_REGION, Role.EXPERT));

        Masterplan flores = masterplans.create(new CreateMasterplanCommand(
                REGION, "gmsc-2021", 2026, 10, "Masterplan Smart City Kabupaten Flores Timur 2026–2035"));
        analysis.load(flores.id());
        actionPlan.load(flores.id(), flores.startYear(), flores.horizonYears());
        publication.load(flores.id());
        // Stage I was held and closed, which moves the plan on to stage II.
        bimtek.load(flores.id());
        // The expert and the council have begun to review; the regent and office heads signed.
        review.load(flores.id());
        monitoring.load(flores.id(), REGION, flores.startYear());
        masterplans.create(new CreateMasterplanCommand(
                OTHER_REGION, "gmsc-2021", 2025, 5, "Masterplan Smart City Kota Kupang 2025–2029"));

        log.info(
                "Demo data loaded: Kabupaten Flores Timur ({}) and Kota Kupang ({}); demo users {}{}",
                REGION,
                OTHER_REGION,
                USERS.stream().map(DemoUser::username).toList(),
                generated
                        ? " with the generated password " + password + " (shown only once)"
                        : " with the password from RANCANG_DEMO_PASSWORD");
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record DemoUser(String username, String displayName, String regionCode, Role role) {}
}
