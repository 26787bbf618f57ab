package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The player in scorm/ is what the packages carry, file for file, and it holds no words of its own:
 * every text a learner reads comes from the course or from the player's string bundles, which say
 * the same things in French and in English.
 */
class PlayerFilesTest {

    private static final Path FOLDER = Path.of("scorm");
    private static final Pattern KEY =
            Pattern.compile(
                    "\"((?:app|footer|format|home|nav|lesson|quiz|feedback|answer|results|end|block)"
                            + "(?:\\.[a-zA-Z]+)+)\"");

    private static Map<String, String> scripts() throws IOException {
        Map<String, String> scripts = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                scripts.put(
                        file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return scripts;
    }

    @Test
    void theListOfPlayerFilesIsExactlyTheScormFolder() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(FOLDER)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> onDisk.add(FOLDER.relativize(f).toString().replace('\\', '/')));
        }
        assertThat(onDisk)
                .isEqualTo(new TreeSet<>(PlayerFiles.NAMES))
                .doesNotContain(PlayerFiles.COURSE_SCRIPT);
        Map<String, byte[]> packaged = PlayerFiles.read();
        for (String name : PlayerFiles.NAMES) {
            assertThat(packaged.get(name))
                    .as(name + " on the classpath")
                    .isEqualTo(Files.readAllBytes(FOLDER.resolve(name)));
        }
    }

    @Test
    void indexLoadsEveryScriptInTheListsOrderAndHoldsNoWords() throws IOException {
        String index = Files.readString(FOLDER.resolve("index.html"));
        List<String> loaded = new ArrayList<>();
        Matcher script = Pattern.compile("<script src=\"([^\"]+)\"").matcher(index);
        while (script.find()) {
            loaded.add(script.group(1));
        }
        List<String> expected = new ArrayList<>(List.of(PlayerFiles.COURSE_SCRIPT));
        PlayerFiles.NAMES.stream().filter(n -> n.endsWith(".js")).forEach(expected::add);
        assertThat(loaded).containsExactlyElementsOf(expected);
        assertThat(index).contains("href=\"player.css\"");
        String text =
                index.replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("(?s)<script.*?</script>", "")
                        .replaceAll("(?s)<title>.*?</title>", "")
                        .replaceAll("<[^>]+>", "")
                        .strip();
        assertThat(text).as("words in index.html").isEmpty();
        assertThat(index).doesNotContain("http:", "https:", "//cdn");
    }

    @Test
    void theBundlesHaveTheSameKeysAndEveryKeyIsUsedByThePlayer() throws IOException {
        Set<String> french = PlayerStrings.load("fr").keySet();
        Set<String> english = PlayerStrings.load("en").keySet();
        assertThat(english).isEqualTo(french);
        Set<String> used = new TreeSet<>();
        for (String source : scripts().values()) {
            Matcher key = KEY.matcher(source);
            while (key.find()) {
                used.add(key.group(1));
            }
        }
        assertThat(used).as("keys the player asks for").isSubsetOf(french);
        assertThat(french).as("keys no screen uses").isSubsetOf(used);
    }

    /**
     * A sentence in a script would reach the learner in one language only; and the scripts are
     * ASCII, so no French sentence can hide there. A sentence here is three words or more, or two
     * starting with a capital, which leaves out CSS class lists and SCORM vocabulary such as "not
     * attempted". The only sentences allowed are for developers: errors and console warnings.
     */
    @Test
    void theScriptsHoldNoSentenceForTheLearner() throws IOException {
        Pattern words =
                Pattern.compile(
                        "\"[^\"]*([A-Za-z']{2,} ){2,}[A-Za-z']{2,}[^\"]*\"|\"[A-Z][a-z]+ [a-z]{2,}");
        List<String> found = new ArrayList<>();
        scripts()
                .forEach(
                        (name, source) ->
                                source.lines()
                                        .forEach(
                                                line -> {
                                                    String code = line.strip();
                                                    boolean developer =
                                                            code.startsWith("*")
                                                                    || code.startsWith("/")
                                                                    || code.contains("Error(")
                                                                    || code.contains("console.")
                                                                    || code.contains("fail(")
                                                                    || code.contains(
                                                                            "InvalidAnswer(");
                                                    if (!developer && words.matcher(code).find()) {
                                                        found.add(name + ": " + code);
                                                    }
                                                }));
        assertThat(found).isEmpty();
    }

    @Test
    void theScriptsAreClassicScriptsThatFetchNothing() throws IOException {
        scripts()
                .forEach(
                        (name, source) -> {
                            assertThat(source)
                                    .as(name)
                                    .doesNotContain(
                                            "import ",
                                            "export ",
                                            "fetch(",
                                            "XMLHttpRequest",
                                            "http://",
                                            "https://")
                                    .contains("\"use strict\"");
                            for (char c : source.toCharArray()) {
                                assertThat((int) c).as("ASCII only in " + name).isLessThan(0x80);
                            }
                        });
    }
}
