package fr.immunolearn.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void theFirstFiveWrongPasswordsCostNothingThenLocksDoubleUpToHalfAnHour() {
        assertThat(LoginThrottle.lockAfter(1)).isZero();
        assertThat(LoginThrottle.lockAfter(4)).isZero();
        assertThat(LoginThrottle.lockAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.lockAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(LoginThrottle.lockAfter(8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(LoginThrottle.lockAfter(10)).isEqualTo(Duration.ofMinutes(30));
        assertThat(LoginThrottle.lockAfter(100)).isEqualTo(Duration.ofMinutes(30));
    }
}
