package fr.immunolearn.blocks;

import org.openqa.selenium.WebDriver;

/**
 * One of the two renderers of a course, the app or the SCORM player, serving the lesson blocks'
 * test course ({@code src/test/resources/fr/immunolearn/blocks/course}), so that one test,
 * parametrised by renderer, specifies what a learner sees and can do in both.
 */
public interface LessonRenderer extends AutoCloseable {

    /** "app" or "player", as the parametrised tests name it. */
    String name();

    /**
     * Shows the lesson {@code lessonId} of the test course, in {@code language}, to a learner in
     * {@code browser}, and returns once its blocks are on screen. A renderer starts what it needs
     * (a server, a package) on first use and keeps it for the next calls.
     */
    void openLesson(WebDriver browser, String language, String lessonId);

    /**
     * The same learner comes back to the lesson in a fresh page load: whatever the renderer keeps
     * (the database, the LMS's suspend_data) is what the page starts from.
     */
    void reopenLesson(WebDriver browser, String language, String lessonId);

    @Override
    void close();
}
