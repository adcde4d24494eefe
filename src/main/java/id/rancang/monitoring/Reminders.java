package id.rancang.monitoring;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the offices that have not reported everything for a masterplan's reporting year: by
 * e-mail to their contributors when a mail server is configured ({@code spring.mail.host}),
 * otherwise as a notice on the monitoring page. Each office gets at most one reminder per
 * masterplan and year: the reminder is recorded under a unique key in the same transaction in
 * which it is sent, so a failed send is tried again and a sent one never twice.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    /** The system administrator account under which scheduled work reads every region. */
    private static final String SYSTEM_USER = "admin";

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final Monitoring monitoring;
    private final Masterplans masterplans;
    private final ReminderStore store;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;

    Reminders(
            Monitoring monitoring,
            Masterplans masterplans,
            ReminderStore store,
            ObjectProvider<JavaMailSender> mail,
            MessageSource messages,
            AuditTrail audit,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${rancang.mail.from:rancang@localhost}") String from) {
        this.monitoring = monitoring;
        this.masterplans = masterplans;
        this.store = store;
        this.mail = mail;
        this.messages = messages;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
    }

    /** Sends every reminder due now, acting as the system; returns those sent by this call. */
    public List<Reminder> sendDue() {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USER, null, List.of()));
        SecurityContextHolder.setContext(system);
        try {
            List<Reminder> sent = new ArrayList<>();
            for (Masterplan masterplan : masterplans.visible()) {
                int year = monitoring.reportingYear(masterplan.id());
                for (UpdatesDue due : monitoring.updatesDue(masterplan.id(), year)) {
                    if (due.late() && !store.sentInMasterplan(masterplan.id(), due.officeCode(), year)) {
                        send(masterplan, due).ifPresent(sent::add);
                    }
                }
            }
            return sent;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The reminders sent for a masterplan, newest first. */
    public List<Reminder> sent(long masterplanId) {
        return store.inMasterplan(masterplans.get(masterplanId).id());
    }

    private java.util.Optional<Reminder> send(Masterplan masterplan, UpdatesDue due) {
        JavaMailSender sender = mail.getIfAvailable();
        List<String> emails = monitoring.emailsOf(masterplan, due.officeCode());
        boolean byMail = sender != null && !emails.isEmpty();
        Reminder reminder = new Reminder(
                masterplan.id(),
                due.officeCode(),
                due.year(),
                byMail ? Reminder.Channel.EMAIL : Reminder.Channel.APP,
                byMail ? String.join(", ", emails) : null,
                due.missing().size(),
                clock.instant());
        try {
            return java.util.Optional.ofNullable(transaction.execute(status -> {
                store.insert(reminder);
                audit.record(
                        masterplan.regionCode(),
                        "reminder",
                        masterplan.id() + "/" + due.officeCode() + "/" + due.year(),
                        AuditAction.CREATED,
                        null,
                        reminder);
                if (byMail) {
                    sender.send(message(masterplan, due, emails));
                }
                return reminder;
            }));
        } catch (DuplicateKeyException e) {
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            log.warn(
                    "Reminder to {} for masterplan {} not sent; tried again next time",
                    due.officeCode(),
                    masterplan.id(),
                    e);
            return java.util.Optional.empty();
        }
    }

    private SimpleMailMessage message(Masterplan masterplan, UpdatesDue due, List<String> emails) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(emails.toArray(String[]::new));
        message.setSubject(messages.getMessage(
                "monitoring.reminder.subject", new Object[] {due.year(), masterplan.title()}, INDONESIAN));
        message.setText(messages.getMessage(
                "monitoring.reminder.body",
                new Object[] {due.officeName(), due.year(), masterplan.title(), String.join("\n- ", due.missing())},
                INDONESIAN));
        return message;
    }
}
