package id.rancang.monitoring;

import java.time.Instant;

/**
 * A reminder sent to an office that had not reported everything for {@code year}: by e-mail to
 * its contributors when a mail server is configured, otherwise shown in the app.
 */
public record Reminder(
        long masterplanId,
        String officeCode,
        int year,
        Channel channel,
        String recipients,
        int missing,
        Instant sentAt) {

    public enum Channel {
        EMAIL,
        APP
    }
}
