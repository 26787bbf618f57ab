package fr.immunolearn.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Declares {@link BootstrapNonce} after Hilla's route listener. Vaadin calls the listeners that are
 * Spring beans in the order their beans were declared, and Hilla's (declared by its
 * auto-configuration) appends an inline script ({@code window.Vaadin.views}) to the bootstrap page:
 * the nonce must be given after it, so this is an auto-configuration ordered after Hilla's.
 */
@AutoConfiguration(afterName = "com.vaadin.hilla.startup.RouteUnifyingServiceInitListener")
public class BootstrapNonceConfiguration {

    @Bean
    BootstrapNonce bootstrapNonce() {
        return new BootstrapNonce();
    }
}
