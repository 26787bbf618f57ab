package fr.immunolearn.course.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each validation rule, shown by breaking one thing in a small valid course and reading the exact
 * {@code file:line:column: message} the loader gives for it.
 */
class ContentValidationTest {

    private static final String QUIZ = "fr/quizzes/01-systeme.yaml";
    private static final String LESSON = "fr/lessons/01-systeme.md";
    private static final String COURSE = "fr/course.yaml";
    private static final String FINAL = "fr/final.yaml";

    @TempDir Path dir;

    private ContentFixture content;

    @BeforeEach
    void copyValidCourse() {
        content = ContentFixture.copyOfMinimal(dir);
    }

    @Test
    void theFixtureIsValid() {
        assertThat(content.problems()).isEmpty();
    }

    @Test
    void anEditionsFileInLatin1SaysWhichByteIsNotUtf8AndWhere() {
        content.writeBytes(
                "editions.yaml",
                "default: fr\n# éditions\neditions: [fr]\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(content.problems())
                .containsExactly(
                        "editions.yaml:2:3: not valid UTF-8: byte 0xE9 at offset 14, line 2, column 3;"
                                + " save the file in UTF-8 (it looks like Latin-1 or Windows-1252)");
    }

    @Test
    void aLessonSavedInWindows1252SaysWhichByteIsNotUtf8AndWhere() {
        content.reencode(LESSON, Charset.forName("windows-1252"));
        assertThat(content.problems())
                .doesNotContain(LESSON + ":1:1: the file is not valid UTF-8 text")
                .contains(
                        LESSON
                                + ":3:16: not valid UTF-8: byte 0xE8 at offset 31, line 3, column 16;"
                                + " save the file in UTF-8 (it looks like Latin-1 or Windows-1252)");
    }

    @Test
    void aQuizSavedInLatin1SaysWhichByteIsNotUtf8AndWhere() {
        content.reencode(QUIZ, StandardCharsets.ISO_8859_1);
        assertThat(content.problems())
                .doesNotContain(QUIZ + ":1:1: the file is not valid UTF-8 text")
                .contains(
                        QUIZ
                                + ":9:14: not valid UTF-8: byte 0xC0 at offset 161, line 9, column 14;"
                                + " save the file in UTF-8 (it looks like Latin-1 or Windows-1252)");
    }

    @Test
    void theColumnOfABadByteCountsCharactersNotBytes() {
        byte[] good = "id: quiz-systeme\ntitle: \"Élément ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xE2;
        bytes[good.length + 1] = (byte) 0x28;
        content.writeBytes(QUIZ, bytes);
        assertThat(content.problems())
                .contains(
                        QUIZ
                                + ":2:17: not valid UTF-8: byte 0xE2 at offset 35,"
                                + " line 2, column 17; save the file in UTF-8");
    }

    @Test
    void duplicateQuestionIds() {
        content.replace(QUIZ, "- id: q-multiple", "- id: q-single");
        assertThat(content.problems())
                .containsExactly(
                        QUIZ
                                + ":17:9: duplicate question id \"q-single\" (already used at line 5)");
    }

    @Test
    void duplicateChoiceIds() {
        content.replace(
                QUIZ, "      - id: b\n        text: \"Aux", "      - id: a\n        text: \"Aux");
        assertThat(content.problems())
                .containsExactly(QUIZ + ":14:13: duplicate choice id \"a\" (first at line 11)");
    }

    @Test
    void questionWithoutCorrectAnswer() {
        content.replace(
                QUIZ,
                "        text: \"À un dysfonctionnement\"\n        correct: true",
                "        text: \"À un dysfonctionnement\"");
        assertThat(content.problems())
                .containsExactly(
                        QUIZ
                                + ":11:7: question \"q-single\" has no correct answer: mark a choice with 'correct: true'");
    }

    @Test
    void fillInWithoutAcceptedAnswers() {
        content.replace(QUIZ, "    accepted: [\"biothérapie\"]\n", "");
        assertThat(content.problems())
                .containsExactly(
                        QUIZ
                                + ":40:9: question \"q-fillin\" has no correct answer:"
                                + " list the answers it accepts under 'accepted'");
    }

    @Test
    void singleChoiceWithTwoCorrectChoices() {
        content.replace(
                QUIZ,
                "text: \"Aux micro-doses\"",
                "text: \"Aux micro-doses\"\n        correct: true");
        assertThat(content.problems())
                .containsExactly(
                        QUIZ
                                + ":11:7: single-choice question \"q-single\" has 2 correct choices (a, b); exactly one must be correct");
    }

    @Test
    void matchingPairWithoutPartner() {
        content.replace(QUIZ, "        response: \"Cibles\"\n", "");
        assertThat(content.problems())
                .containsExactly(
                        QUIZ
                                + ":56:13: matching pair \"p2\" has no partner: it needs both a 'premise' and a 'response'");
    }

    @Test
    void orderingWithOneItem() {
        content.replace(QUIZ, "      - id: i2\n        text: \"Second\"\n", "");
        assertThat(content.problems())
                .containsExactly(
                        QUIZ
                                + ":66:7: ordering question \"q-ordering\" has 1 item; it needs at least two");
    }

    @Test
    void quizForALessonThatDoesNotExist() {
        content.replace(QUIZ, "lesson: systeme", "lesson: systemes");
        assertThat(content.problems())
                .containsExactly(
                        LESSON
                                + ":2:5: lesson \"systeme\" has no quiz: add a file under quizzes/ with 'lesson: systeme'",
                        QUIZ + ":2:9: lesson \"systemes\" does not exist (known: systeme)");
    }

    @Test
    void lessonOrderNamingAnUnknownLesson() {
        content.replace(COURSE, "  - systeme\n", "  - systeme\n  - absente\n");
        assertThat(content.problems())
                .containsExactly(
                        COURSE + ":8:5: lesson \"absente\" does not exist (known: systeme)");
    }

    @Test
    void questionLinkingToAPassageThatDoesNotExist() {
        content.replace(
                QUIZ,
                "    passage: constat\n    prompt: \"À quoi",
                "    passage: constats\n    prompt: \"À quoi");
        assertThat(content.problems())
                .containsExactly(
                        QUIZ
                                + ":8:14: passage \"constats\" does not exist (known: constat, traitements)");
    }

    @Test
    void unknownConceptTag() {
        content.replace(LESSON, "concepts: [dysfunction]", "concepts: [dysfonction]");
        assertThat(content.problems())
                .containsExactly(
                        LESSON
                                + ":6:12: concept \"dysfonction\" does not exist (known: dysfunction, therapy)");
    }

    @Test
    void passMarkOutsideZeroToHundred() {
        content.replace(COURSE, "passMark: 80", "passMark: 120");
        assertThat(content.problems())
                .containsExactly(
                        COURSE
                                + ":4:11: 'passMark' of the course file must be a whole number from 0 to 100, not \"120\"");
    }

    @Test
    void emptyText() {
        content.replace(FINAL, "prompt: \"Vrai ?\"", "prompt: \"  \"");
        assertThat(content.problems())
                .containsExactly(FINAL + ":9:13: 'prompt' of true-false question \"f-1\" is empty");
    }

    @Test
    void unknownKey() {
        content.replace(FINAL, "    answer: true\n", "    answer: true\n    hint: \"Pensez-y\"\n");
        assertThat(content.problems())
                .containsExactly(
                        FINAL
                                + ":11:5: unknown key 'hint' in a true-false question"
                                + " (expected one of: answer, concepts, explanation, id, ifCorrect, ifIncorrect, passage, prompt, type, weight)");
    }

    @Test
    void duplicateKey() {
        content.replace(FINAL, "    answer: true\n", "    answer: true\n    answer: false\n");
        assertThat(content.problems())
                .containsExactly(FINAL + ":11:5: duplicate key 'answer' (first given at line 10)");
    }

    @Test
    void scriptInMarkdown() {
        content.replace(LESSON, "Introduction.", "Introduction.\n\n<script>alert('x')</script>");
        assertThat(content.problems())
                .containsExactly(LESSON + ":13:1: HTML <script> is not allowed in a lesson");
    }

    @Test
    void eventHandlerInMarkdown() {
        content.replace(
                LESSON,
                "De nombreuses maladies sont liées à un dysfonctionnement du",
                "Voir <img src=\"x\" onerror=\"alert(1)\"> : de nombreuses maladies sont liées à un dysfonctionnement du");
        assertThat(content.problems())
                .containsExactly(
                        LESSON
                                + ":15:6: event-handler attribute 'onerror' is not allowed in a lesson");
    }

    @Test
    void scriptLinkInMarkdown() {
        content.replace(LESSON, "Introduction.", "[Introduction](javascript:alert(1)).");
        assertThat(content.problems())
                .containsExactly(
                        LESSON + ":11:1: link to a script URL is not allowed: javascript:alert(1)");
    }

    @Test
    void unknownGlossaryTerm() {
        content.replace(LESSON, "(term:pathogene)", "(term:virus)");
        assertThat(content.problems())
                .containsExactly(
                        LESSON
                                + ":19:23: glossary term \"virus\" does not exist (known terms: pathogene)");
    }

    @Test
    void passageHeadingWithoutId() {
        content.replace(
                LESSON, "## Le constat {#constat concepts=\"dysfunction\"}", "## Le constat");
        assertThat(content.problems())
                .contains(LESSON + ":13:1: passage heading has no id: end it with {#passage-id}");
    }

    @Test
    void yamlSyntaxError() {
        content.replace(COURSE, "title: \"Mini-cours\"", "title: \"Mini-cours");
        assertThat(content.problems()).hasSize(1);
        assertThat(content.problems().get(0))
                .startsWith(COURSE + ":")
                .contains("YAML syntax error");
    }

    @Test
    void finalAssessmentDrawingMoreThanItsPool() {
        content.replace(FINAL, "draw: 1", "draw: 3");
        assertThat(content.problems())
                .containsExactly(FINAL + ":3:7: quiz \"final\" draws 3 questions from a pool of 2");
    }

    @Test
    void lessonNotListedInTheCourse() {
        content.write(
                "fr/lessons/02-autre.md",
                "---\nid: autre\ntitle: \"Autre\"\nobjectives: [\"x\"]\n"
                        + "concepts: [therapy]\nsummary: [\"y\"]\n---\n\n## Seul passage {#seul}\n\nTexte.\n");
        assertThat(content.problems())
                .containsExactly(
                        "fr/lessons/02-autre.md:2:5: lesson \"autre\" is not listed in 'lessons' of course.yaml");
    }

    @Test
    void everyProblemIsReportedInOneRun() {
        content.replace(COURSE, "passMark: 80", "passMark: -1")
                .replace(FINAL, "prompt: \"Vrai ?\"", "prompt: \"\"")
                .replace(LESSON, "Introduction.", "<script>x</script>");
        assertThat(content.problems()).hasSize(3);
    }

    @Test
    void translatedEditionWithADifferentCorrectAnswer() {
        content.replace("editions.yaml", "editions: [fr]", "editions: [fr, en]");
        ContentFixture english = ContentFixture.copyOfMinimal(dir.resolve("copy"));
        english.replace(COURSE, "language: fr", "language: en")
                .replace(FINAL, "    answer: false", "    answer: true");
        copyEdition(english.root().resolve("fr"), dir.resolve("en"));
        assertThat(content.problems())
                .containsExactly(
                        "en/final.yaml:12:9: the en edition differs from the fr edition"
                                + " in question \"f-2\": answer key: true here, false in fr");
    }

    private static void copyEdition(Path from, Path to) {
        try (var files = java.nio.file.Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (java.nio.file.Files.isDirectory(file)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(file, target);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
