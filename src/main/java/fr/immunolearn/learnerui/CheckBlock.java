package fr.immunolearn.learnerui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.progress.CheckAnswer;
import fr.immunolearn.progress.CourseRules;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An inline knowledge check: its prompt and choices (radio buttons for one answer, checkboxes for
 * several), a "check" button, and the verdict with the feedback of each chosen choice in a polite
 * live region. The answer goes to {@code answer} (which keeps it) before anything is shown, and a
 * kept answer is shown again when the lesson is reopened. Ungraded, so a learner may answer again.
 */
class CheckBlock extends Div {

    private final LessonBlock.Check check;
    private final LessonBlocks.Words words;
    private final Function<Collection<String>, CourseRules.CheckVerdict> answer;
    private final RadioButtonGroup<LessonBlock.CheckChoice> single;
    private final CheckboxGroup<LessonBlock.CheckChoice> multiple;
    private final Div feedback = new Div();

    /**
     * @param kept the learner's last answer to this check, if any
     * @param answer keeps an answer and gives its verdict
     */
    CheckBlock(
            LessonBlock.Check check,
            Optional<CheckAnswer> kept,
            LessonBlocks.Words words,
            Function<Collection<String>, CourseRules.CheckVerdict> answer) {
        this.check = check;
        this.words = words;
        this.answer = answer;
        addClassNames("block", "block-check");
        getElement().setAttribute("data-block", "check");
        getElement().setAttribute("data-block-id", check.id());
        if (check.multiple()) {
            single = null;
            multiple = new CheckboxGroup<>(check.prompt());
            multiple.setItems(check.choices());
            multiple.setItemLabelGenerator(LessonBlock.CheckChoice::text);
            multiple.addClassName("check-choices");
            add(multiple);
        } else {
            multiple = null;
            single = new RadioButtonGroup<>(check.prompt());
            single.setItems(check.choices());
            single.setItemLabelGenerator(LessonBlock.CheckChoice::text);
            single.addClassName("check-choices");
            add(single);
        }
        Paragraph note = new Paragraph(words.get("block.check.ungraded"));
        note.addClassName("check-note");
        Button submit = new Button(words.get("block.check.submit"), event -> submit());
        submit.addClassName("check-submit");
        feedback.addClassName("check-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        add(note, submit, feedback);
        kept.ifPresent(this::restore);
    }

    /** The chosen choices' ids, in content order. */
    List<String> chosen() {
        Set<LessonBlock.CheckChoice> selected =
                multiple != null
                        ? multiple.getSelectedItems()
                        : single.getOptionalValue().map(Set::of).orElse(Set.of());
        return check.choices().stream()
                .filter(selected::contains)
                .map(LessonBlock.CheckChoice::id)
                .toList();
    }

    void choose(String... choiceIds) {
        Set<String> ids = Set.of(choiceIds);
        List<LessonBlock.CheckChoice> choices =
                check.choices().stream().filter(c -> ids.contains(c.id())).toList();
        if (multiple != null) {
            multiple.setValue(Set.copyOf(choices));
        } else {
            single.setValue(choices.isEmpty() ? null : choices.get(0));
        }
    }

    void submit() {
        List<String> ids = chosen();
        if (ids.isEmpty()) {
            feedback.removeAll();
            feedback.setClassName("check-feedback check-refused");
            Paragraph refusal =
                    new Paragraph(
                            words.get(
                                    check.multiple()
                                            ? "block.check.emptyMultiple"
                                            : "block.check.emptySingle"));
            refusal.addClassName("check-refusal");
            feedback.add(refusal);
            return;
        }
        show(ids, answer.apply(ids));
    }

    private void restore(CheckAnswer kept) {
        choose(kept.choiceIds().toArray(String[]::new));
        show(kept.choiceIds(), kept.verdict());
    }

    private void show(List<String> ids, CourseRules.CheckVerdict verdict) {
        feedback.removeAll();
        feedback.setClassName("check-feedback verdict-" + verdict.name().toLowerCase(Locale.ROOT));
        Paragraph said =
                new Paragraph(words.get("block.check." + verdict.name().toLowerCase(Locale.ROOT)));
        said.addClassName("check-verdict");
        UnorderedList perChoice = new UnorderedList();
        perChoice.addClassName("check-choice-feedback");
        check.choices().stream()
                .filter(c -> ids.contains(c.id()))
                .forEach(
                        choice -> {
                            String text =
                                    words.get(
                                                    choice.correct()
                                                            ? "block.check.chosenRight"
                                                            : "block.check.chosenWrong",
                                                    choice.text())
                                            + (choice.feedback().isEmpty()
                                                    ? ""
                                                    : " " + choice.feedback());
                            ListItem item = new ListItem(text);
                            item.addClassName(choice.correct() ? "choice-right" : "choice-wrong");
                            item.getElement().setAttribute("data-choice", choice.id());
                            perChoice.add(item);
                        });
        feedback.add(said, perChoice);
    }

    /**
     * What the live region says now, for tests: the verdict or refusal, then each chosen choice's
     * feedback.
     */
    List<String> said() {
        return feedback.getChildren()
                .flatMap(
                        c ->
                                c instanceof UnorderedList list
                                        ? list.getChildren()
                                                .map(item -> item.getElement().getText())
                                        : java.util.stream.Stream.of(c.getElement().getText()))
                .collect(Collectors.toList());
    }

    String verdictClass() {
        return feedback.getClassName();
    }
}
