package fr.immunolearn.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.CourseWords;
import fr.immunolearn.scormexport.PlayerStrings;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words the app and the player share are written once, in both languages, and both find them.
 */
class AppWordsTest {

    private final AppWords words = new AppWords();

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theAppFindsItsOwnWordsAndTheSharedOnes(String language) {
        Locale locale = Locale.forLanguageTag(language);
        assertThat(CourseWords.load(language)).containsKey("quiz.progress");
        assertThat(words.getTranslation("quiz.progress", locale, 2, 5))
                .isEqualTo("fr".equals(language) ? "Question 2 sur 5" : "Question 2 of 5");
        CourseWords.load(language)
                .forEach(
                        (key, text) ->
                                assertThat(words.getTranslation(key, locale)).isEqualTo(text));
        assertThat(words.getTranslation("layout.skip", locale))
                .isEqualTo(own(language).getProperty("layout.skip"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void thePlayerHasTheSharedWordsBakedWithItsOwn(String language) {
        assertThat(PlayerStrings.load(language)).containsAllEntriesOf(CourseWords.load(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void noSharedWordIsWrittenASecondTimeInTheAppsTranslations(String language) {
        Set<String> shared = CourseWords.load(language).keySet();
        assertThat(own(language).stringPropertyNames()).filteredOn(shared::contains).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void noSharedWordHasAStraightApostropheWhichMessageFormatWouldSwallow(String language) {
        CourseWords.load(language)
                .forEach((key, text) -> assertThat(text).as(key).doesNotContain("'"));
    }

    @org.junit.jupiter.api.Test
    void bothLanguagesShareTheSameWords() {
        assertThat(CourseWords.load("en").keySet()).isEqualTo(CourseWords.load("fr").keySet());
    }

    private static Properties own(String language) {
        Properties properties = new Properties();
        try (InputStream in =
                AppWordsTest.class.getResourceAsStream(
                        "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
