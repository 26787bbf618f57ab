package fr.immunolearn.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in by password, throttled. This AuthenticationProvider is the only one: Spring Security
 * builds its own from a UserDetailsService bean, which would check passwords unthrottled, so there
 * is none.
 */
@Configuration
@EnableConfigurationProperties(SignInLimits.class)
class SignInConfiguration {

    @Bean
    AuthenticationProvider throttledSignIn(
            AccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords =
                new DaoAuthenticationProvider(new AccountDetailsService(accounts));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledSignIn(passwords, throttle);
    }
}
