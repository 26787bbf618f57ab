package fr.immunolearn.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.scormexport.ExportOptions;
import fr.immunolearn.scormexport.LmsServer;
import fr.immunolearn.scormexport.ScormEdition;
import fr.immunolearn.scormexport.ScormExporter;
import fr.immunolearn.scormexport.ScormPackage;
import fr.immunolearn.scormexport.TestLms;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The SCORM player: the test course exported by the real exporter (SCORM 1.2), one package per
 * language, served by the test LMS under scorm-again. Each browser is one learner, whose LMS data
 * is carried from one launch to the next.
 */
final class PlayerLessons implements LessonRenderer {

    private final LmsServer server = new LmsServer();
    private final Map<String, String> packages = new HashMap<>();
    private final Map<WebDriver, TestLms> learners = new HashMap<>();

    @Override
    public String name() {
        return "player";
    }

    @Override
    public void openLesson(WebDriver browser, String language, String lessonId) {
        TestLms lms =
                learners.computeIfAbsent(
                        browser, b -> new TestLms((ChromeDriver) b, server, ScormEdition.SCORM_12));
        lms.launch(packageUrl(language), lms.firstLaunch("blocks-learner", "Test, Blocks"));
        toLesson(browser, language, lessonId);
    }

    @Override
    public void reopenLesson(WebDriver browser, String language, String lessonId) {
        TestLms lms = learners.get(browser);
        if (lms == null) {
            throw new IllegalStateException("reopenLesson before openLesson in this browser");
        }
        lms.unload();
        JsonNode stored = lms.snapshot();
        lms.launch(packageUrl(language), lms.nextLaunch(stored));
        toLesson(browser, language, lessonId);
    }

    /**
     * From wherever the launch lands (home, or the lesson the learner was in), on to the lesson:
     * through the home screen when another lesson is shown.
     */
    private static void toLesson(WebDriver browser, String language, String lessonId) {
        String title =
                BlocksCourse.editions().edition(language).lesson(lessonId).orElseThrow().title();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        By lessonButton = By.cssSelector("button[data-lesson='" + lessonId + "']");
        if (!browser.findElement(By.cssSelector("main h1")).getText().contains(title)) {
            if (browser.findElements(lessonButton).isEmpty()) {
                browser.findElement(By.cssSelector("main nav.crumbs button")).click();
                wait.until(d -> !d.findElements(lessonButton).isEmpty());
            }
            browser.findElement(lessonButton).click();
            wait.until(d -> d.findElement(By.cssSelector("main h1")).getText().contains(title));
        }
        wait.until(d -> !d.findElements(By.cssSelector("main [data-block]")).isEmpty());
    }

    private synchronized String packageUrl(String language) {
        return packages.computeIfAbsent(
                language,
                l -> {
                    ScormPackage scorm =
                            ScormExporter.export(
                                    BlocksCourse.editions(),
                                    ExportOptions.of(ScormEdition.SCORM_12).withLanguage(l));
                    return server.serve("blocks-" + l, unzip(scorm.bytes()));
                });
    }

    private static Path unzip(byte[] zip) {
        try {
            Path dir = Files.createTempDirectory("immunolearn-blocks");
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    Path file = dir.resolve(entry.getName()).normalize();
                    if (!file.startsWith(dir)) {
                        throw new IllegalStateException(
                                "entry outside the package: " + entry.getName());
                    }
                    if (!entry.isDirectory()) {
                        Files.createDirectories(file.getParent());
                        Files.write(file, in.readAllBytes());
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public void close() {
        server.close();
    }
}
