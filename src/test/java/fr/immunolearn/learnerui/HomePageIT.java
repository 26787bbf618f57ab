package fr.immunolearn.learnerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Lesson;
import fr.immunolearn.testing.Browser;
import fr.immunolearn.testing.TestContent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HomePageIT {

    @LocalServerPort int port;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theHomePageListsTheLessonsOfTheCourseInFrench() {
        browser.get("http://localhost:" + port + "/");
        List<WebElement> titles =
                Browser.waitUpTo(browser, Duration.ofSeconds(60))
                        .until(
                                ExpectedConditions.numberOfElementsToBeMoreThan(
                                        By.cssSelector(".lesson-title"), 0));

        List<String> expected =
                TestContent.editions().edition("fr").lessons().stream().map(Lesson::title).toList();
        assertThat(titles)
                .hasSize(4)
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(expected);
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo(TestContent.editions().edition("fr").title());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    }
}
