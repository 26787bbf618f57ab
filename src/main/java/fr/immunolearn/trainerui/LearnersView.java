package fr.immunolearn.trainerui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.reports.CsvStyle;
import fr.immunolearn.reports.LearnerReports;
import fr.immunolearn.reports.LearnerRow;
import fr.immunolearn.shell.Routes;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Who learned what: one row per learner, sortable and filterable, each opening the learner's
 * detail.
 */
@Route(value = Routes.TRAINER, layout = TrainerLayout.class)
@RolesAllowed("TRAINER")
public class LearnersView extends Div implements HasDynamicTitle {

    public LearnersView(LearnerReports reports, CourseEditions editions) {
        addClassNames("page", "wide-page", "trainer-page", "learners-page");
        Course course = editions.edition(getLocale().getLanguage());
        List<LearnerRow> rows = reports.learners();
        add(new H1(getTranslation("trainer.learners.title")));
        add(summary(rows));

        TextField filter = new TextField(getTranslation("trainer.learners.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addClassName("learner-filter");
        Grid<LearnerRow> grid = new Grid<>();
        grid.addClassName("learners-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(rows.size() <= 50);
        grid.getElement().setAttribute("aria-label", getTranslation("trainer.learners.title"));
        grid.addColumn(
                        LitRenderer.<LearnerRow>of(
                                        "<a href=\""
                                                + Routes.TRAINER_LEARNER_PREFIX
                                                + "${item.id}\">${item.name}</a>")
                                .withProperty("id", LearnerRow::accountId)
                                .withProperty("name", LearnerRow::name))
                .setHeader(getTranslation("trainer.learners.name"))
                .setComparator(
                        Comparator.comparing(LearnerRow::name, String.CASE_INSENSITIVE_ORDER))
                .setAutoWidth(true)
                .setFrozen(true)
                .setKey("name");
        grid.addColumn(LearnerRow::email)
                .setHeader(getTranslation("trainer.learners.email"))
                .setSortable(true)
                .setAutoWidth(true)
                .setKey("email");
        grid.addColumn(row -> row.progressPercent() + " %")
                .setHeader(getTranslation("trainer.learners.progress"))
                .setComparator(Comparator.comparingInt(LearnerRow::progressPercent))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("progress");
        int number = 0;
        for (Quiz quiz : course.quizzes()) {
            String header =
                    quiz.isFinalAssessment()
                            ? getTranslation("trainer.learners.final")
                            : getTranslation("home.lesson.number", ++number);
            grid.addColumn(row -> percent(row.bestPercentByQuiz().get(quiz.id())))
                    .setHeader(header)
                    .setTooltipGenerator(row -> quiz.title())
                    .setComparator(
                            Comparator.comparing(
                                    (LearnerRow row) -> row.bestPercentByQuiz().get(quiz.id()),
                                    Comparator.nullsFirst(Comparator.naturalOrder())))
                    .setTextAlign(ColumnTextAlign.END)
                    .setKey("quiz-" + quiz.id());
        }
        grid.addColumn(row -> getTranslation(row.finalPassed() ? "trainer.yes" : "trainer.no"))
                .setHeader(getTranslation("trainer.learners.passed"))
                .setSortable(true)
                .setKey("passed");
        grid.addColumn(LearnerRow::attempts)
                .setHeader(getTranslation("trainer.learners.attempts"))
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setKey("attempts");
        grid.addColumn(row -> Durations.of(row.timeSpentMs()))
                .setHeader(getTranslation("trainer.learners.time"))
                .setComparator(Comparator.comparingLong(LearnerRow::timeSpentMs))
                .setKey("time");
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(getLocale())
                        .withZone(ZoneId.systemDefault());
        grid.addColumn(row -> row.lastActivity() == null ? "" : dates.format(row.lastActivity()))
                .setHeader(getTranslation("trainer.learners.last"))
                .setKey("last")
                .setComparator(
                        Comparator.comparing(
                                LearnerRow::lastActivity,
                                Comparator.nullsFirst(Comparator.naturalOrder())));
        ListDataProvider<LearnerRow> data = new ListDataProvider<>(rows);
        grid.setDataProvider(data);
        filter.addValueChangeListener(
                event -> {
                    String needle = event.getValue().strip().toLowerCase(Locale.ROOT);
                    data.setFilter(
                            row ->
                                    needle.isEmpty()
                                            || row.name().toLowerCase(Locale.ROOT).contains(needle)
                                            || row.email().contains(needle));
                });
        grid.addItemDoubleClickListener(
                event ->
                        UI.getCurrent()
                                .navigate(
                                        LearnerDetailView.class,
                                        new RouteParameters(
                                                Routes.ACCOUNT_ID,
                                                Long.toString(event.getItem().accountId()))));
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("trainer.learners.none")));
        }
        add(filter, grid, downloads());
    }

    private Div summary(List<LearnerRow> rows) {
        long completed = rows.stream().filter(LearnerRow::completed).count();
        double average =
                rows.stream()
                        .filter(r -> r.finalBestPercent() != null)
                        .mapToDouble(LearnerRow::finalBestPercent)
                        .average()
                        .orElse(Double.NaN);
        Div tiles =
                new Div(
                        tile(
                                getTranslation("trainer.learners.count"),
                                Integer.toString(rows.size())),
                        tile(
                                getTranslation("trainer.learners.completed"),
                                Long.toString(completed)),
                        tile(
                                getTranslation("trainer.learners.averageFinal"),
                                Double.isNaN(average) ? "–" : percent(average)));
        tiles.addClassName("tiles");
        return tiles;
    }

    private static Div tile(String label, String value) {
        Span number = new Span(value);
        number.addClassName("tile-value");
        Span text = new Span(label);
        text.addClassName("tile-label");
        Div tile = new Div(number, text);
        tile.addClassName("tile");
        return tile;
    }

    private Div downloads() {
        Select<CsvStyle> style = new Select<>();
        style.setLabel(getTranslation("trainer.csv.style"));
        style.setItems(CsvStyle.values());
        style.setItemLabelGenerator(s -> getTranslation("trainer.csv.style." + s.name()));
        style.setValue(
                getLocale().getLanguage().equals("fr") ? CsvStyle.SEMICOLON : CsvStyle.COMMA);
        Anchor learners = new Anchor("", getTranslation("trainer.csv.learners"));
        Anchor questions = new Anchor("", getTranslation("trainer.csv.questions"));
        learners.addClassName("csv-learners");
        questions.addClassName("csv-questions");
        Runnable links =
                () -> {
                    String query =
                            "?style="
                                    + style.getValue().name().toLowerCase(Locale.ROOT)
                                    + "&lang="
                                    + getLocale().getLanguage();
                    learners.setHref(TrainerDownloads.LEARNERS_CSV + query);
                    questions.setHref(TrainerDownloads.QUESTIONS_CSV + query);
                };
        links.run();
        style.addValueChangeListener(event -> links.run());
        learners.getElement().setAttribute("download", true);
        questions.getElement().setAttribute("download", true);
        Div box =
                new Div(
                        new H2(getTranslation("trainer.csv.title")),
                        style,
                        new Div(learners, questions));
        box.addClassNames("box", "downloads");
        return box;
    }

    private String percent(Double value) {
        return value == null ? "–" : NumberFormat.getInstance(getLocale()).format(value) + " %";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainer.learners.title") + " – " + getTranslation("trainer.title");
    }
}
