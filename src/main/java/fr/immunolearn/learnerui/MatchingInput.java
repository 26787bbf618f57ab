package fr.immunolearn.learnerui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.quiz.Answer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Each premise paired with a response chosen from a list: selects work with the keyboard alone. */
class MatchingInput implements QuestionInput {

    private final Div group = new Div();
    private final Paragraph error = new Paragraph();
    private final Map<String, Select<String>> selects = new LinkedHashMap<>();
    private final Translations t;

    MatchingInput(
            String questionId,
            String prompt,
            List<MatchPair> pairs,
            List<String> responseOrder,
            Translations t) {
        this.t = t;
        Map<String, MatchPair> byId =
                pairs.stream().collect(Collectors.toMap(MatchPair::id, Function.identity()));
        String promptId = "prompt-" + questionId;
        Paragraph label = new Paragraph(prompt);
        label.setId(promptId);
        label.addClassName("group-label");
        group.add(label);
        group.addClassNames("answer-input", "matching");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-labelledby", promptId);
        for (MatchPair pair : pairs) {
            Select<String> select = new Select<>();
            select.setLabel(pair.premise());
            select.setItems(responseOrder);
            select.setItemLabelGenerator(id -> byId.get(id).response());
            select.setPlaceholder(t.get("quiz.matching.choose"));
            select.setEmptySelectionAllowed(false);
            select.addClassName("match");
            select.addValueChangeListener(e -> error.setVisible(false));
            selects.put(pair.id(), select);
            group.add(select);
        }
        error.addClassName("input-error");
        error.setVisible(false);
        group.add(error);
    }

    @Override
    public Component component() {
        return group;
    }

    @Override
    public Optional<Answer> answer() {
        Map<String, String> matches = new LinkedHashMap<>();
        selects.forEach(
                (premise, select) -> {
                    if (select.getValue() != null) {
                        matches.put(premise, select.getValue());
                    }
                });
        if (matches.size() < selects.size()) {
            showError(t.get("quiz.required.matching"));
            return Optional.empty();
        }
        return Optional.of(new Answer.Matches(matches));
    }

    @Override
    public void show(Answer stored) {
        if (stored instanceof Answer.Matches matches) {
            selects.forEach(
                    (premise, select) -> select.setValue(matches.responseByPremise().get(premise)));
        }
    }

    @Override
    public void lock() {
        selects.values().forEach(select -> select.setReadOnly(true));
    }

    @Override
    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        selects.values().stream()
                .filter(s -> s.getValue() == null)
                .findFirst()
                .orElse(selects.values().iterator().next())
                .focus();
    }
}
