package fr.immunolearn.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.immunolearn.progress.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Routes: every position has one address and comes back from it; anything else is refused. */
class RoutesTest {

    static Stream<Position> everyKindOfPosition() {
        return Stream.of(
                new Position.InLesson("immunotherapie", null),
                new Position.InLesson("immunotherapie", "definition"),
                new Position.InLesson("lecon-2_b", "p-3"),
                new Position.InQuiz("quiz-1", 0),
                new Position.InQuiz("quiz-1", 11),
                new Position.AtResults("evaluation-finale"));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfPosition")
    void aPositionComesBackFromItsAddress(Position position) {
        assertThat(Routes.position(Routes.of(position))).contains(position);
        assertThat(Routes.position("/" + Routes.of(position)))
                .as("from the root")
                .contains(position);
    }

    @Test
    void theAddressesAreTheOnesTheAppAlwaysServed() {
        assertThat(Routes.of(new Position.InLesson("immunotherapie", null)))
                .isEqualTo("lecon/immunotherapie");
        assertThat(Routes.of(new Position.InLesson("immunotherapie", "definition")))
                .isEqualTo("lecon/immunotherapie#definition");
        assertThat(Routes.of(new Position.InQuiz("quiz-x", 2)))
                .as("questions counted from 1, as on screen")
                .isEqualTo("quiz/quiz-x?question=3");
        assertThat(Routes.of(new Position.AtResults("quiz-x"))).isEqualTo("quiz/quiz-x/resultats");
    }

    @Test
    void aPassageReachedFromAQuestionKeepsTheWayBack() {
        Position.InLesson passage = new Position.InLesson("immunotherapie", "definition");
        Position.InQuiz question = new Position.InQuiz("quiz-x", 4);
        String address = Routes.passageFrom(passage, question);
        assertThat(address).isEqualTo("lecon/immunotherapie?quiz=quiz-x&question=5#definition");
        assertThat(Routes.position(address)).contains(passage);
        assertThat(Routes.cameFrom(Map.of("quiz", List.of("quiz-x"), "question", List.of("5"))))
                .contains(question);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/",
                "lecon",
                "lecon/",
                "lecon/#definition",
                "lecon/Immuno",
                "lecon/a/b",
                "lecon/a#",
                "lecon/a#b#c",
                "lecon/../formateur",
                "lecon/a%2Fb",
                "lecon/a?quiz=q",
                "lecon/a?question=1",
                "quiz/",
                "quiz/q",
                "quiz/q?question=0",
                "quiz/q?question=-1",
                "quiz/q?question=x",
                "quiz/q?question=01",
                "quiz/q?question=1234567",
                "quiz/q/resultat",
                "quiz/q/resultats/",
                "quiz/q/resultats?question=1",
                "formateur",
                "connexion",
                "http://example.org/lecon/a",
                "//example.org/lecon/a",
                " lecon/a"
            })
    void anAddressThatIsNoPositionIsRefused(String address) {
        assertThat(Routes.position(address)).isEmpty();
    }

    @Test
    void aQueryThatDoesNotNameOneValidQuestionIsIgnored() {
        assertThat(Routes.cameFrom(Map.of())).isEmpty();
        assertThat(Routes.cameFrom(Map.of("quiz", List.of("quiz-x")))).isEmpty();
        assertThat(Routes.cameFrom(Map.of("quiz", List.of("Quiz X"), "question", List.of("1"))))
                .isEmpty();
        assertThat(Routes.cameFrom(Map.of("quiz", List.of("a", "b"), "question", List.of("1"))))
                .isEmpty();
        assertThat(Routes.question(Map.of("question", List.of("0")))).isEmpty();
        assertThat(Routes.question(Map.of("question", List.of("1", "2")))).isEmpty();
        assertThat(Routes.question(Map.of("question", List.of("3")))).hasValue(2);
    }

    @Test
    void anIdTheContentCouldNotHaveIsNeverPutInAnAddress() {
        assertThatThrownBy(() -> Routes.of(new Position.InLesson("a/b", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a/b");
        assertThatThrownBy(() -> Routes.of(new Position.InLesson("a", "x#y")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Routes.of(new Position.AtResults("quiz?question=1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A path of the app written as a string literal: "lecon/…", "quiz/…", "connexion",
     * "/formateur/…" and the like.
     */
    private static final Pattern ROUTE_LITERAL =
            Pattern.compile(
                    "\"(?:[^\"\\\\]|\\\\.)*?(?<![\\w.-])/?(?:(?:lecon|quiz)/|resultats\\b|(?:connexion|inscription|formateur)(?![\\w.-]))");

    /**
     * The paths the app's web layer filters by name, and why they cannot go through Routes: the
     * shell depends on {@code web}, so {@code web} may not depend on the shell.
     */
    private static final Map<String, String> ALLOWED =
            Map.of("fr/immunolearn/web/ResponseHeaders.java", "/formateur/apercu-scorm/");

    @Test
    void noRouteIsWrittenOutsideRoutes() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = sources.relativize(file).toString().replace('\\', '/');
                if (name.equals("fr/immunolearn/shell/Routes.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.strip().startsWith("*") || line.strip().startsWith("//")) {
                        continue;
                    }
                    Matcher literal = ROUTE_LITERAL.matcher(line);
                    if (literal.find() && !line.contains(ALLOWED.getOrDefault(name, "\u0000"))) {
                        found.add(name + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(found).as("route literals outside shell.Routes").isEmpty();
    }

    @Test
    void theScanRecognisesARouteLiteral() {
        assertThat(ROUTE_LITERAL.matcher("new Anchor(\"lecon/\" + id, text)").find()).isTrue();
        assertThat(ROUTE_LITERAL.matcher("@Route(\"connexion\")").find()).isTrue();
        assertThat(
                        ROUTE_LITERAL
                                .matcher("of(\"<a href=\\\"formateur/apprenant/${item.id}\\\">\")")
                                .find())
                .isTrue();
        assertThat(ROUTE_LITERAL.matcher("places.of(\"quiz\", id)").find())
                .as("a word, not a path")
                .isFalse();
        assertThat(ROUTE_LITERAL.matcher("Routes.lesson(id)").find()).isFalse();
    }
}
