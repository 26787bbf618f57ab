package fr.immunolearn.learnerui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.progress.Attempts;
import fr.immunolearn.security.Registration;
import fr.immunolearn.security.RegistrationForm;
import fr.immunolearn.testing.Browser;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * What a learner sees when something fails that nobody foresaw, here a database error carrying its
 * SQL: a short message in their language, on a page or for a click, and never the exception's text
 * (Vaadin's own error page prints its root cause).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnexpectedErrorsIT {

    private static final String PASSWORD = "une phrase facile 42";
    private static final String SQL =
            "insert into attempt (account_id, quiz_id, number) values (?, ?, ?)";

    @LocalServerPort int port;

    @Autowired CourseEditions editions;

    @Autowired Registration registration;

    @MockitoSpyBean Attempts attempts;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
    }

    private LearnerSteps signedIn(String language) {
        String email = "error-" + UUID.randomUUID() + "@example.fr";
        registration.registerLearner(new RegistrationForm("Erreur", email, PASSWORD, language));
        ChromeDriver browser = Browser.start();
        browsers.add(browser);
        LearnerSteps learner =
                new LearnerSteps(browser, "http://localhost:" + port, editions.edition(language));
        learner.signIn(email, PASSWORD);
        return learner;
    }

    private static UncategorizedSQLException databaseFailure() {
        return new UncategorizedSQLException(
                "insert",
                SQL,
                new SQLException(
                        "ERROR: duplicate key value violates unique constraint \"attempt_number_unique\"",
                        "23505"));
    }

    private static void assertNoExceptionText(LearnerSteps learner) {
        assertThat(learner.pageText())
                .doesNotContain(
                        "insert into", "constraint", "23505", "SQL", "Exception", "exception");
    }

    @Test
    void aPageThatFailsSaysSoInTheLearnersLanguageWithoutTheExceptionsText() {
        Quiz quiz = editions.defaultEdition().lessons().get(1).quiz();
        doThrow(databaseFailure()).when(attempts).open(anyLong(), eq(quiz.id()));

        LearnerSteps french = signedIn("fr");
        french.open("quiz/" + quiz.id());
        assertNoExceptionText(french);
        assertThat(french.find(".unexpected-error").getText())
                .contains("réessayez dans un instant");
        french.assertOn("Une erreur est survenue");

        LearnerSteps english = signedIn("en");
        english.open("quiz/" + quiz.id());
        assertNoExceptionText(english);
        assertThat(english.find(".unexpected-error").getText()).contains("try again in a moment");
        english.assertOn("Something went wrong");
    }

    @Test
    void aClickThatFailsSaysSoInTheLearnersLanguageWithoutTheExceptionsText() {
        Quiz quiz = editions.defaultEdition().lessons().get(2).quiz();
        doThrow(new IllegalStateException("failed: " + SQL))
                .when(attempts)
                .answer(anyLong(), anyLong(), anyString(), any(), anyString(), any());

        LearnerSteps french = signedIn("fr");
        french.open("quiz/" + quiz.id());
        french.fillCurrentQuestion(true);
        french.click(".check");
        assertThat(french.find("vaadin-notification-card").getText())
                .contains("Cette action n’a pas abouti");
        assertNoExceptionText(french);
        assertThat(french.all(".feedback .verdict")).isEmpty();

        LearnerSteps english = signedIn("en");
        english.open("quiz/" + quiz.id());
        english.fillCurrentQuestion(true);
        english.click(".check");
        assertThat(english.find("vaadin-notification-card").getText())
                .contains("That did not work");
        assertNoExceptionText(english);
    }
}
