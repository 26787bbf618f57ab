package fr.immunolearn.cli;

import fr.immunolearn.app.ClockConfiguration;
import fr.immunolearn.app.DatabaseConfiguration;
import fr.immunolearn.security.AccountRepository;
import fr.immunolearn.security.PasswordConfiguration;
import fr.immunolearn.security.Registration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.data.jdbc.JdbcRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * Just enough of the app for the trainer command: the database, as the app configures it, and
 * account registration. No web server, no Vaadin. Deliberately not a {@code @Configuration}: the
 * web app's component scan must not pick it up, or its repository setting would replace the app's.
 */
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    DataSourceAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class,
    FlywayAutoConfiguration.class,
    JdbcRepositoriesAutoConfiguration.class
})
@EnableJdbcRepositories(basePackageClasses = AccountRepository.class)
@Import({
    Registration.class,
    PasswordConfiguration.class,
    ClockConfiguration.class,
    DatabaseConfiguration.class
})
class TrainerCommandContext {}
