package id.rancang.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can fix time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        // Microseconds: what both databases store, so a saved time reads back unchanged.
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));
    }

    /** The zone in which times are shown (Western Indonesia by default). */
    @Bean
    ZoneId displayZone(@Value("${rancang.time-zone:Asia/Jakarta}") String zone) {
        return ZoneId.of(zone);
    }
}
