package fr.immunolearn.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.progress.Attempts;
import fr.immunolearn.progress.LessonReading;
import fr.immunolearn.quiz.Answer;
import fr.immunolearn.quiz.AnswerWording;
import fr.immunolearn.security.Registration;
import fr.immunolearn.security.RegistrationForm;
import fr.immunolearn.testing.CourseJourneys;
import fr.immunolearn.testing.Csv;
import fr.immunolearn.testing.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The trainer's figures from real attempts, on H2 and PostgreSQL. Other tests share the database,
 * so question figures are checked as what these learners add.
 */
@SpringBootTest
@DatabaseTest
class ReportsTest {

    private static final AnswerWording.Words WORDS =
            new AnswerWording.Words("Vrai", "Faux", " ; ", "→", "(rien)");
    private static final CsvReports.Headings HEADINGS =
            new CsvReports.Headings(
                    List.of(
                            "Nom",
                            "E-mail",
                            "Langue",
                            "Progression",
                            "Terminé",
                            "Réussi",
                            "Tentatives",
                            "Minutes",
                            "Dernière"),
                    List.of(
                            "Quiz",
                            "Question",
                            "Type",
                            "Énoncé",
                            "Apprenants",
                            "Réponses",
                            "1er essai",
                            "Erreur",
                            "Fois",
                            "Secondes",
                            "À revoir"),
                    "oui",
                    "non");

    @Autowired Registration registration;

    @Autowired Attempts attempts;

    @Autowired LessonReading reading;

    @Autowired LearnerReports learners;

    @Autowired QuestionReports questions;

    @Autowired CsvReports csv;

    @Autowired fr.immunolearn.progress.LearnerOverview overview;

    @Autowired CourseEditions editions;

    private Course course;
    private CourseJourneys journeys;

    @BeforeEach
    void setUp() {
        course = editions.defaultEdition();
        journeys = new CourseJourneys(course, attempts, reading);
    }

    private long learner(String name) {
        return registration
                .registerLearner(
                        new RegistrationForm(
                                name,
                                "r-" + UUID.randomUUID() + "@example.fr",
                                "une phrase facile 42",
                                "fr"))
                .id();
    }

    private QuestionStats stats(String questionId) {
        return questions.questions(course, WORDS).stream()
                .filter(s -> s.questionId().equals(questionId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachLearnerRowSaysProgressScoresAttemptsAndTime() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long finisher = learner("Finisher " + tag);
        long struggling = learner("Struggling " + tag);
        long newcomer = learner("Newcomer " + tag);
        journeys.passEveryLesson(finisher);
        journeys.take(finisher, course.finalAssessment(), Set.of());
        Quiz first = course.lessons().get(0).quiz();
        List<String> order = attempts.open(struggling, first.id()).attempt().questionOrder();
        journeys.take(struggling, first, Set.of(order.get(0), order.get(1)));

        List<LearnerRow> rows = learners.learners();
        LearnerRow done =
                rows.stream().filter(r -> r.accountId() == finisher).findFirst().orElseThrow();
        assertThat(done.progressPercent()).isEqualTo(100);
        assertThat(done.completed()).isTrue();
        assertThat(done.finalBestPercent()).isEqualTo(100.0);
        assertThat(done.finalPassed()).isTrue();
        assertThat(done.attempts()).isEqualTo(course.lessons().size() + 1);
        assertThat(done.bestPercentByQuiz())
                .hasSize(course.quizzes().size())
                .allSatisfy((quiz, p) -> assertThat(p).isEqualTo(100.0));
        assertThat(done.timeSpentMs())
                .isEqualTo(
                        course.lessons().size() * 180_000L
                                + 10_000L
                                        * (course.lessons().stream()
                                                        .mapToInt(l -> l.quiz().drawCount())
                                                        .sum()
                                                + course.finalAssessment().drawCount()));

        LearnerRow partial =
                rows.stream().filter(r -> r.accountId() == struggling).findFirst().orElseThrow();
        assertThat(partial.bestPercentByQuiz()).containsOnlyKeys(first.id());
        assertThat(partial.bestPercentByQuiz().get(first.id())).isEqualTo(60.0);
        assertThat(partial.finalPassed()).isFalse();
        assertThat(partial.progressPercent()).isZero();

        LearnerRow idle =
                rows.stream().filter(r -> r.accountId() == newcomer).findFirst().orElseThrow();
        assertThat(idle.attempts()).isZero();
        assertThat(idle.lastActivity()).isNotNull();

        var all = overview.progressOfAll();
        for (long id : new long[] {finisher, struggling}) {
            assertThat(all.get(id))
                    .as("one learner's progress, read in bulk")
                    .isEqualTo(overview.progress(id));
        }
        assertThat(all.getOrDefault(newcomer, overview.nothingDone()))
                .isEqualTo(overview.progress(newcomer));

        assertThat(learners.learner(struggling).orElseThrow().attempts())
                .singleElement()
                .satisfies(a -> assertThat(a.answers()).hasSize(first.drawCount()));
        assertThat(learners.learner(-1)).isEmpty();
    }

    @Test
    void questionFiguresCountFirstTriesLearnersAndTheWrongAnswerGivenMost() {
        Quiz quiz = course.lessons().get(1).quiz();
        Question target =
                quiz.questions().stream()
                        .filter(q -> q.kind() instanceof QuestionKind.MultipleResponse)
                        .findFirst()
                        .orElseThrow();
        QuestionStats before = stats(target.id());

        journeys.take(learner("Right"), quiz, Set.of());
        journeys.take(learner("Wrong"), quiz, Set.of(target.id()));
        long retrying = learner("Retry");
        journeys.take(retrying, quiz, Set.of(target.id()));
        journeys.take(retrying, quiz, Set.of());

        QuestionStats after = stats(target.id());
        assertThat(after.learners() - before.learners()).isEqualTo(3);
        assertThat(after.answers() - before.answers()).isEqualTo(4);
        assertThat(after.firstTryRight() - before.firstTryRight())
                .as("the retry's right answer is not a first try")
                .isEqualTo(1);
        String distractor =
                ((QuestionKind.MultipleResponse) target.kind())
                        .choices().stream()
                                .filter(c -> !c.correct())
                                .findFirst()
                                .orElseThrow()
                                .text();
        if (before.commonWrongCount() == 0) {
            assertThat(after.commonWrongAnswer()).isEqualTo(distractor);
            assertThat(after.commonWrongCount()).isEqualTo(2);
        }
        assertThat(after.averageTimeMs()).isPositive();
    }

    @Test
    void mostLearnersFailingAQuestionFlagsIt() {
        Quiz quiz = course.lessons().get(2).quiz();
        Question target = quiz.questions().get(0);
        QuestionStats before = stats(target.id());
        int wrongNeeded = Math.max(3, before.learners() + 1);
        for (int i = 0; i < wrongNeeded + before.firstTryRight(); i++) {
            journeys.take(learner("Flag " + i), quiz, Set.of(target.id()));
        }
        QuestionStats after = stats(target.id());
        assertThat(after.firstTryRightPercent()).isLessThan(50.0);
        assertThat(after.flagged()).isTrue();
    }

    @Test
    void theScoreDistributionCountsEachLearnersBestScore() {
        Quiz quiz = course.lessons().get(3).quiz();
        List<ScoreBucket> before = questions.distribution(quiz.id());
        long learner = learner("Distribution");
        List<String> order = attempts.open(learner, quiz.id()).attempt().questionOrder();
        journeys.take(learner, quiz, Set.of(order.get(0), order.get(1), order.get(2)));
        journeys.take(learner, quiz, Set.of());
        List<ScoreBucket> after = questions.distribution(quiz.id());
        assertThat(after).hasSize(10);
        assertThat(after.get(9).learners() - before.get(9).learners())
                .as("the best score only")
                .isEqualTo(1);
        assertThat(
                        after.stream().mapToInt(ScoreBucket::learners).sum()
                                - before.stream().mapToInt(ScoreBucket::learners).sum())
                .isEqualTo(1);
    }

    @Test
    void learnersCsvIsUtf8WithBomInTheChosenStyleAndNeutralisesFormulas() {
        long learner = learner("=HYPERLINK(\"http://x\") Zoé");
        Quiz quiz = course.lessons().get(0).quiz();
        List<String> order = attempts.open(learner, quiz.id()).attempt().questionOrder();
        journeys.take(learner, quiz, Set.of(order.get(0)));
        byte[] semicolon = csv.learners(course, CsvStyle.SEMICOLON, HEADINGS);
        assertThat(semicolon).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Csv.rows(semicolon, ';');
        assertThat(rows.get(0))
                .startsWith(
                        "Nom",
                        "E-mail",
                        "Langue",
                        "Progression",
                        "Terminé",
                        course.quizzes().get(0).title());
        List<String> row =
                rows.stream().filter(r -> r.get(0).contains("Zoé")).findFirst().orElseThrow();
        assertThat(row.get(0)).isEqualTo("'=HYPERLINK(\"http://x\") Zoé");
        assertThat(row.get(5)).isEqualTo("80");
        assertThat(new String(semicolon, StandardCharsets.UTF_8)).contains(";80;");
        List<List<String>> comma = Csv.rows(csv.learners(course, CsvStyle.COMMA, HEADINGS), ',');
        assertThat(
                        comma.stream()
                                .filter(r -> r.get(0).contains("Zoé"))
                                .findFirst()
                                .orElseThrow()
                                .get(5))
                .isEqualTo("80");
    }

    @Test
    void aWrongAnswerStartingWithALineBreakAndAFormulaStaysInItsCellAsText() {
        Quiz quiz = course.lessons().get(1).quiz();
        Question fillIn =
                quiz.questions().stream()
                        .filter(q -> q.kind() instanceof QuestionKind.FillIn)
                        .findFirst()
                        .orElseThrow();
        String injected = "\n=3+3";
        int needed = stats(fillIn.id()).commonWrongCount() + 1;
        for (int i = 0; i < needed; i++) {
            journeys.take(
                    learner("Injection " + i),
                    quiz,
                    Map.of(fillIn.id(), new Answer.Text(injected)));
        }
        assertThat(stats(fillIn.id()).commonWrongAnswer())
                .as("the wrong answer chosen most")
                .isEqualTo(injected);

        for (CsvStyle style : CsvStyle.values()) {
            byte[] file = csv.questions(course, style, HEADINGS, WORDS);
            for (List<List<String>> rows :
                    List.of(
                            Csv.rows(file, style.separator()),
                            Csv.rfc4180Rows(file, style.separator()))) {
                assertThat(rows)
                        .as(style + ": a row per question, no more")
                        .hasSize(1 + course.questions().size())
                        .allSatisfy(row -> assertThat(row).hasSize(HEADINGS.question().size()));
                List<String> row =
                        rows.stream()
                                .filter(r -> r.get(1).equals(fillIn.id()))
                                .findFirst()
                                .orElseThrow();
                assertThat(row.get(7))
                        .as(style + ": the answer, as text")
                        .isEqualTo("'" + injected);
                assertThat(rows)
                        .as(style + ": no cell is a formula")
                        .allSatisfy(
                                r ->
                                        assertThat(r)
                                                .noneMatch(
                                                        cell ->
                                                                cell.stripLeading()
                                                                        .startsWith("=")));
            }
        }
    }

    @Test
    void learnersCsvNeutralisesAFormulaBehindInvisibleSpaces() {
        String name = "\u00A0=HYPERLINK(\"http://x\";\"Zoé\")";
        learner(name);
        for (CsvStyle style : CsvStyle.values()) {
            byte[] file = csv.learners(course, style, HEADINGS);
            for (List<List<String>> rows :
                    List.of(
                            Csv.rows(file, style.separator()),
                            Csv.rfc4180Rows(file, style.separator()))) {
                assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(rows.get(0).size()));
                assertThat(rows)
                        .as(style.toString())
                        .anySatisfy(row -> assertThat(row.get(0)).isEqualTo("'" + name));
                assertThat(rows)
                        .as(style + ": no cell is a formula")
                        .allSatisfy(
                                r -> assertThat(r).noneMatch(cell -> cell.strip().startsWith("=")));
            }
        }
    }

    @Test
    void questionsCsvHasARowPerQuestion() {
        List<List<String>> rows =
                Csv.rows(csv.questions(course, CsvStyle.COMMA, HEADINGS, WORDS), ',');
        assertThat(rows).hasSize(1 + course.questions().size());
        assertThat(rows.get(0)).isEqualTo(HEADINGS.question());
        assertThat(rows.get(1))
                .startsWith(course.quizzes().get(0).title(), course.questions().get(0).id());
    }
}
