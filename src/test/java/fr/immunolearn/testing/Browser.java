package fr.immunolearn.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests. Where Debian's Chromium and ChromeDriver are installed they
 * are used directly, so Selenium Manager never tries to download anything (this network has no
 * route to it); elsewhere Selenium Manager resolves a browser as usual.
 */
public final class Browser {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    /**
     * How often a wait looks again. Selenium's default is 500 ms, so each step that waits for a
     * screen to change lost up to half a second, hundreds of times per suite; looking every 100 ms
     * keeps the same timeouts (what a test allows) and costs a few WebDriver calls.
     */
    public static final Duration POLL = Duration.ofMillis(100);

    private Browser() {}

    /** A wait of at most {@code timeout} that looks again every {@link #POLL}. */
    public static WebDriverWait waitUpTo(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    public static ChromeDriver start() {
        return start(1280, 900);
    }

    public static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=fr-FR",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + freshProfile());
        ChromeDriver driver;
        if (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute()) {
            options.setBinary(CHROMIUM);
            ChromeDriverService service =
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(CHROMEDRIVER)
                            .usingAnyFreePort()
                            .build();
            driver = new ChromeDriver(service, options);
        } else {
            driver = new ChromeDriver(options);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String freshProfile() {
        try {
            File dir = Files.createTempDirectory("immunolearn-chromium").toFile();
            dir.deleteOnExit();
            return dir.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
