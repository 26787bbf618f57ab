package fr.immunolearn.trainerui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.quiz.AnswerWording;
import fr.immunolearn.reports.QuestionReports;
import fr.immunolearn.reports.QuestionStats;
import fr.immunolearn.reports.ScoreBucket;
import fr.immunolearn.shell.AnswerWords;
import fr.immunolearn.shell.Routes;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which questions fail: a chart of score bands, a chart of each question's success at first try
 * (the ones most learners fail in red), and the table with the wrong answer chosen most.
 */
@Route(value = Routes.TRAINER_QUESTIONS, layout = TrainerLayout.class)
@RolesAllowed("TRAINER")
public class QuestionsView extends Div implements HasDynamicTitle {

    private final transient QuestionReports reports;
    private final Div distribution = new Div();

    public QuestionsView(QuestionReports reports, CourseEditions editions) {
        this.reports = reports;
        addClassNames("page", "wide-page", "trainer-page", "questions-page");
        Course course = editions.edition(getLocale().getLanguage());
        AnswerWording.Words words = AnswerWords.of(this);
        List<QuestionStats> stats = reports.questions(course, words);
        add(new H1(getTranslation("trainer.questions.title")));

        add(new H2(getTranslation("trainer.questions.distribution")));
        Select<Quiz> quizChoice = new Select<>();
        quizChoice.setLabel(getTranslation("trainer.questions.quiz"));
        quizChoice.setItems(course.quizzes());
        quizChoice.setItemLabelGenerator(Quiz::title);
        quizChoice.addValueChangeListener(event -> drawDistribution(event.getValue()));
        distribution.addClassName("chart-box");
        add(quizChoice, distribution);
        quizChoice.setValue(course.finalAssessment());

        add(new H2(getTranslation("trainer.questions.success")));
        List<QuestionStats> answered =
                stats.stream().filter(s -> s.firstTryRightPercent() != null).toList();
        if (answered.isEmpty()) {
            add(new Paragraph(getTranslation("trainer.questions.none")));
        } else {
            NumberFormat number = NumberFormat.getInstance(getLocale());
            List<SvgChart.Bar> bars =
                    answered.stream()
                            .map(
                                    s ->
                                            new SvgChart.Bar(
                                                    s.questionId(),
                                                    s.firstTryRightPercent(),
                                                    number.format(s.firstTryRightPercent()) + " %",
                                                    s.flagged()))
                            .toList();
            String description =
                    answered.stream()
                            .map(
                                    s ->
                                            s.questionId()
                                                    + " "
                                                    + number.format(s.firstTryRightPercent())
                                                    + " %")
                            .collect(Collectors.joining(", "));
            Div chart =
                    SvgChart.component(
                            SvgChart.rows(
                                    "success-chart",
                                    getTranslation("trainer.questions.success"),
                                    description,
                                    bars));
            chart.addClassName("chart-box");
            add(chart);
        }
        long flagged = stats.stream().filter(QuestionStats::flagged).count();
        Paragraph flaggedText =
                new Paragraph(getTranslation("trainer.questions.flaggedCount", flagged));
        flaggedText.addClassName("flagged-count");
        add(flaggedText);

        Grid<QuestionStats> grid = new Grid<>();
        grid.addClassName("questions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("trainer.questions.title"));
        grid.addColumn(QuestionStats::questionId)
                .setHeader(getTranslation("trainer.csv.questionId"))
                .setSortable(true)
                .setAutoWidth(true)
                .setKey("id");
        grid.addColumn(QuestionStats::prompt)
                .setHeader(getTranslation("trainer.questions.prompt"))
                .setFlexGrow(3)
                .setKey("prompt");
        grid.addColumn(QuestionStats::learners)
                .setHeader(getTranslation("trainer.questions.learners"))
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setKey("learners");
        grid.addColumn(
                        s ->
                                s.firstTryRightPercent() == null
                                        ? "–"
                                        : NumberFormat.getInstance(getLocale())
                                                        .format(s.firstTryRightPercent())
                                                + " %")
                .setHeader(getTranslation("trainer.questions.firstTry"))
                .setComparator(
                        Comparator.comparing(
                                QuestionStats::firstTryRightPercent,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("firstTry");
        grid.addColumn(
                        s ->
                                s.commonWrongCount() == 0
                                        ? "–"
                                        : s.commonWrongAnswer() + " (" + s.commonWrongCount() + ")")
                .setHeader(getTranslation("trainer.questions.commonWrong"))
                .setFlexGrow(2)
                .setKey("wrong");
        grid.addColumn(s -> Durations.of(s.averageTimeMs()))
                .setHeader(getTranslation("trainer.questions.time"))
                .setComparator(Comparator.comparingLong(QuestionStats::averageTimeMs))
                .setKey("time");
        grid.addColumn(s -> s.flagged() ? getTranslation("trainer.questions.flag") : "")
                .setHeader(getTranslation("trainer.questions.flagged"))
                .setSortable(true)
                .setKey("flagged");
        grid.setClassNameGenerator(s -> s.flagged() ? "flagged" : null);
        grid.setItems(stats);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private void drawDistribution(Quiz quiz) {
        distribution.removeAll();
        if (quiz == null) {
            return;
        }
        List<ScoreBucket> buckets = reports.distribution(quiz.id());
        int max = buckets.stream().mapToInt(ScoreBucket::learners).max().orElse(0);
        List<SvgChart.Bar> bars =
                buckets.stream()
                        .map(
                                b ->
                                        new SvgChart.Bar(
                                                b.from() + "–" + b.to(),
                                                b.learners(),
                                                Integer.toString(b.learners()),
                                                b.to() < quiz.passMark()))
                        .toList();
        String description =
                getTranslation(
                        "trainer.questions.distributionText",
                        quiz.title(),
                        buckets.stream()
                                .map(b -> b.from() + "–" + b.to() + " % : " + b.learners())
                                .collect(Collectors.joining(", ")));
        distribution.add(
                SvgChart.component(
                        SvgChart.columns(
                                "distribution-chart",
                                getTranslation("trainer.questions.distribution")
                                        + " – "
                                        + quiz.title(),
                                description,
                                bars,
                                Math.max(1, max))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainer.questions.title") + " – " + getTranslation("trainer.title");
    }
}
