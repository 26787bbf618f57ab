package fr.immunolearn.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string exists in French and English, and every key the code asks for exists. */
class TranslationsTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Properties french = bundle("translations_fr.properties");
        Properties english = bundle("translations_en.properties");
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(french.stringPropertyNames()));
        assertThat(bundle("translations.properties"))
                .as("the default bundle is French")
                .isEqualTo(french);
    }

    @Test
    void noStringHasAStraightApostropheWhichMessageFormatWouldSwallow() throws IOException {
        for (String name :
                new String[] {"translations_fr.properties", "translations_en.properties"}) {
            Properties bundle = bundle(name);
            bundle.stringPropertyNames()
                    .forEach(
                            key ->
                                    assertThat(bundle.getProperty(key))
                                            .as(name + " " + key)
                                            .doesNotContain("'"));
        }
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Pattern use = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = use.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        for (String language : new String[] {"en", "fr"}) {
            String name = "translations_" + language + ".properties";
            // The app finds the words it shares with the player among its translations (AppWords).
            Set<String> keys = new TreeSet<>(bundle(name).stringPropertyNames());
            keys.addAll(fr.immunolearn.course.CourseWords.load(language).keySet());
            for (String key : used) {
                if (key.endsWith(".")) {
                    // A key completed at run time ("home.state." + state): some key must start with
                    // it.
                    assertThat(keys).as(name).anyMatch(k -> k.startsWith(key));
                } else {
                    assertThat(keys).as(name).contains(key);
                }
            }
        }
    }

    @Test
    void everyCheckOfAnExportedPackageHasItsNameInBothLanguages() throws IOException {
        for (var edition : fr.immunolearn.scormexport.ScormEdition.values()) {
            var scorm =
                    fr.immunolearn.scormexport.ScormExporter.export(
                            fr.immunolearn.testing.TestContent.editions(),
                            fr.immunolearn.scormexport.ExportOptions.of(edition));
            assertThat(scorm.checks()).isNotEmpty();
            for (String name :
                    new String[] {"translations_en.properties", "translations_fr.properties"}) {
                Set<String> keys = bundle(name).stringPropertyNames();
                scorm.checks()
                        .forEach(
                                check ->
                                        assertThat(keys)
                                                .as(name)
                                                .contains("trainer.export.check." + check.id()));
            }
        }
    }
}
