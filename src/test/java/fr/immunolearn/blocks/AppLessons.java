package fr.immunolearn.blocks;

import fr.immunolearn.learnerui.LearnerSteps;
import fr.immunolearn.testing.AppProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app: the packaged jar started once, on its own H2 database, with the test course as its
 * content folder. Each browser is one learner, registered on first use, in the language asked for.
 */
final class AppLessons implements LessonRenderer {

    private static final String PASSWORD = "une phrase facile 42";

    private AppProcess app;
    // A start that failed is not tried again by every following test.
    private IllegalStateException failedStart;
    private final Map<WebDriver, LearnerSteps> learners = new HashMap<>();
    private final Map<WebDriver, String> languages = new HashMap<>();

    @Override
    public String name() {
        return "app";
    }

    @Override
    public void openLesson(WebDriver browser, String language, String lessonId) {
        LearnerSteps learner = learners.computeIfAbsent(browser, this::register);
        if (!language.equals(languages.getOrDefault(browser, "fr"))) {
            learner.click(".language-switch");
            String name = "en".equals(language) ? "English" : "Français";
            learner.all("vaadin-select-item").stream()
                    .filter(i -> i.getText().equals(name))
                    .findFirst()
                    .orElseThrow()
                    .click();
            learner.waitForVaadin();
            languages.put(browser, language);
        }
        toLesson(browser, learner, lessonId);
    }

    @Override
    public void reopenLesson(WebDriver browser, String language, String lessonId) {
        LearnerSteps learner = learners.get(browser);
        if (learner == null) {
            throw new IllegalStateException("reopenLesson before openLesson in this browser");
        }
        toLesson(browser, learner, lessonId);
    }

    private static void toLesson(WebDriver browser, LearnerSteps learner, String lessonId) {
        learner.open("lecon/" + lessonId);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("main [data-block]")).isEmpty());
    }

    private LearnerSteps register(WebDriver browser) {
        LearnerSteps learner =
                new LearnerSteps(browser, app().baseUrl(), BlocksCourse.editions().edition("fr"));
        learner.register("Blocs", "blocks-" + UUID.randomUUID() + "@example.fr", PASSWORD);
        learner.waitForSignedIn();
        return learner;
    }

    private synchronized AppProcess app() {
        if (failedStart != null) {
            throw failedStart;
        }
        if (app == null) {
            try {
                Path dir = Files.createTempDirectory("immunolearn-blocks-app");
                String url =
                        "jdbc:h2:file:"
                                + dir.resolve("db").toAbsolutePath()
                                + ";DATABASE_TO_LOWER=TRUE";
                Path log =
                        Files.createDirectories(Path.of("target", "app-logs"))
                                .resolve("blocks-" + UUID.randomUUID() + ".log");
                app =
                        AppProcess.start(
                                List.of("--spring.datasource.url=" + url),
                                log,
                                BlocksCourse.FOLDER);
            } catch (Exception e) {
                failedStart =
                        new IllegalStateException(
                                "the app did not start with the blocks' test course", e);
                throw failedStart;
            }
        }
        return app;
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public void close() {
        if (app != null) {
            try {
                app.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
