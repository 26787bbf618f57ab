package fr.immunolearn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final SignInLimits DEFAULTS =
            new SignInLimits(
                    5,
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(30),
                    30,
                    Duration.ofHours(1),
                    Duration.ofDays(1),
                    10_000);

    @Test
    void theFirstFiveAttemptsCostNothingThenTheWaitDoublesUpToHalfAnHour() {
        assertThat(DEFAULTS.delayAfter(1)).isZero();
        assertThat(DEFAULTS.delayAfter(4)).isZero();
        assertThat(DEFAULTS.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DEFAULTS.delayAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(DEFAULTS.delayAfter(8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(DEFAULTS.delayAfter(10)).isEqualTo(Duration.ofMinutes(30));
        assertThat(DEFAULTS.delayAfter(1_000_000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void limitsThatWouldSwitchTheThrottleOffAreRefusedAtStartUp() {
        assertThatThrownBy(
                        () ->
                                new SignInLimits(
                                        0,
                                        Duration.ofMinutes(1),
                                        Duration.ofMinutes(30),
                                        30,
                                        Duration.ofHours(1),
                                        Duration.ofDays(1),
                                        10))
                .hasMessageContaining("free-failures");
        assertThatThrownBy(
                        () ->
                                new SignInLimits(
                                        5,
                                        Duration.ZERO,
                                        Duration.ofMinutes(30),
                                        30,
                                        Duration.ofHours(1),
                                        Duration.ofDays(1),
                                        10))
                .hasMessageContaining("first-delay");
    }

    @Test
    void theKeyIsTheSameForEveryWayOfTypingAnAddressAndDiffersByClient() {
        ClientAddress one = ClientAddress.of("203.0.113.9");
        assertThat(LoginThrottle.key(" Camille@Example.FR ", one))
                .isEqualTo(LoginThrottle.key("camille@example.fr", one))
                .hasSize(64)
                .doesNotContain("camille");
        assertThat(LoginThrottle.key("camille@example.fr", ClientAddress.of("203.0.113.10")))
                .isNotEqualTo(LoginThrottle.key("camille@example.fr", one));
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddress.of("2001:db8:1:2:bbbb::77"));
        assertThat(ClientAddress.of("2001:db8:1:2::1"))
                .isNotEqualTo(ClientAddress.of("2001:db8:1:3::1"));
        assertThat(ClientAddress.of("::ffff:203.0.113.9"))
                .isEqualTo(ClientAddress.of("203.0.113.9"));
        // Whatever a proxy passed on that is no address is counted as it is, and never looked up.
        assertThat(ClientAddress.of("unknown").key()).isEqualTo("unknown");
    }
}
