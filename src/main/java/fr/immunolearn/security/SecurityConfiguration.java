package fr.immunolearn.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import fr.immunolearn.shell.Routes;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Routes are closed unless a view says otherwise ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}). Of Actuator, only {@code /actuator/health} is open, for load balancers.
 */
@EnableWebSecurity
@Configuration
class SecurityConfiguration extends VaadinWebSecurity {

    static final String LOGIN_PATH = "/" + Routes.SIGN_IN;

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(
                requests ->
                        requests.requestMatchers("/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .requestMatchers("/actuator/**")
                                .hasRole(Role.TRAINER.name())
                                .requestMatchers(
                                        Routes.under(Routes.TRAINER_DOWNLOADS),
                                        Routes.under(Routes.SCORM_PREVIEW))
                                .hasRole(Role.TRAINER.name())
                                .requestMatchers("/styles/**")
                                .permitAll());
        // The trainer previews a SCORM package in a frame of this same site; other sites still may
        // not frame it.
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        super.configure(http);
        setLoginView(http, LoginView.class, "/");
        http.formLogin(form -> form.failureHandler(new SignInFailures()));
        http.addFilterBefore(new SignInForgeryCheck(), UsernamePasswordAuthenticationFilter.class);
    }
}
