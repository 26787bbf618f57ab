package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Lesson;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Instant for the learner even when the LMS is slow: with an LMS whose every Commit holds the page
 * for 3 s (as Moodle's synchronous request does on a slow server), a learner who reads each
 * feedback for a few seconds never waits on a Commit, and the LMS still ends with every answer. The
 * exact latencies are the benchmark's; the bounds here are generous on purpose.
 */
class ScormCommitsIT {

    private static final Duration SLOW_COMMIT = Duration.ofSeconds(3);

    /** Longer than the slow Commit, as a learner takes to read the feedback and the explanation. */
    private static final Duration READING = Duration.ofMillis(4500);

    /**
     * A tenth of the 100 ms target would be too tight for a loaded machine; a Commit takes 30 times
     * more.
     */
    private static final double GENEROUS_MILLIS = 1000;

    private LmsServer server;
    private ChromeDriver browser;
    private PageErrors pageErrors;

    @BeforeEach
    void startServer() {
        LmsServer.runtimeFolder();
        server = new LmsServer();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void
            withACommitOfThreeSecondsValiderAndQuestionSuivanteShowTheirScreenAtOnceAndTheLmsGetsEveryAnswer(
                    ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        Lesson first = exported.course().lessons().get(0);
        String url = server.serve("slow-" + edition.key(), ExportedPackages.unzipped(options));
        browser = Browser.start();
        pageErrors = PageErrors.watch(browser);
        TestLms lms = new TestLms(browser, server, edition);
        Learner learner = new Learner(browser, exported);
        lms.launch(url, lms.firstLaunch("learner-31", "Moreau, Jade"));
        lms.commitTakes(SLOW_COMMIT);

        learner.openLesson(0);
        learner.toQuiz();
        learner.answerAll(position -> position != 2, READING);

        List<TestLms.Click> clicks =
                lms.clicks().stream()
                        .filter(c -> c.button().contains("validate") || c.button().contains("next"))
                        .toList();
        assertThat(clicks)
                .as("a Valider and a Question suivante per question")
                .hasSize(2 * first.quiz().questions().size());
        assertThat(clicks)
                .as("no click waits on a Commit")
                .noneMatch(TestLms.Click::waitedOnCommit);
        assertThat(clicks)
                .as("each screen shows at once")
                .allMatch(c -> c.latencyMillis() < GENEROUS_MILLIS);
        assertThat(lms.commits())
                .as("the LMS was told, in the learner's reading time")
                .isPositive();

        // The end of the quiz is committed in the background too: the LMS ends with every answer.
        Browser.waitUpTo(browser, Duration.ofSeconds(20))
                .until(
                        d ->
                                lms.allCommitted()
                                        && lms.snapshot().path("interactions").size()
                                                == first.quiz().questions().size());
        new LmsDataCheck(edition, exported, lms, lms.snapshot()).interactions(learner.given());
        assertThat(lms.runtimeErrors()).isEmpty();
        assertThat(pageErrors.errors()).isEmpty();
    }
}
