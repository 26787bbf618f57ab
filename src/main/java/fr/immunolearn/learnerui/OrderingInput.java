package fr.immunolearn.learnerui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.quiz.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Items to put in order with "up" and "down" buttons: no dragging needed, so it works with the
 * keyboard and with a screen reader, which hears each move.
 */
class OrderingInput implements QuestionInput {

    private final Div group = new Div();
    private final OrderedList list = new OrderedList();
    private final Paragraph announcement = new Paragraph();
    private final List<String> order;
    private final Map<String, OrderItem> byId;
    private final Translations t;
    private boolean locked;

    OrderingInput(
            String questionId,
            String prompt,
            List<OrderItem> items,
            List<String> startOrder,
            Translations t) {
        this.t = t;
        this.order = new ArrayList<>(startOrder);
        this.byId = items.stream().collect(Collectors.toMap(OrderItem::id, Function.identity()));
        String promptId = "prompt-" + questionId;
        Paragraph label = new Paragraph(prompt);
        label.setId(promptId);
        label.addClassName("group-label");
        Paragraph hint = new Paragraph(t.get("quiz.ordering.hint"));
        hint.addClassName("helper");
        group.addClassNames("answer-input", "ordering");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-labelledby", promptId);
        announcement.addClassName("visually-hidden");
        announcement.getElement().setAttribute("aria-live", "polite");
        list.addClassName("ordering-list");
        group.add(label, hint, list, announcement);
        render(null, false);
    }

    private void render(String movedId, boolean movedUp) {
        list.removeAll();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            String text = byId.get(id).text();
            Span label = new Span(text);
            label.addClassName("ordering-text");
            Button up = move(VaadinIcon.ARROW_UP, t.get("quiz.ordering.up", text), i, -1);
            Button down = move(VaadinIcon.ARROW_DOWN, t.get("quiz.ordering.down", text), i, 1);
            up.setEnabled(!locked && i > 0);
            down.setEnabled(!locked && i < order.size() - 1);
            ListItem row = new ListItem(label, new Div(up, down));
            row.addClassName("ordering-item");
            row.getElement().setAttribute("data-item", id);
            list.add(row);
            if (id.equals(movedId)) {
                // Keep the focus on the item that moved, on a button that can still move it.
                Button focus =
                        movedUp ? (up.isEnabled() ? up : down) : (down.isEnabled() ? down : up);
                focus.focus();
            }
        }
    }

    private Button move(VaadinIcon icon, String label, int index, int step) {
        Button button =
                new Button(
                        icon.create(),
                        event -> {
                            int target = index + step;
                            String id = order.remove(index);
                            order.add(target, id);
                            announcement.setText(
                                    t.get(
                                            "quiz.ordering.moved",
                                            byId.get(id).text(),
                                            target + 1,
                                            order.size()));
                            render(id, step < 0);
                        });
        // Named for screen readers; no tooltip: on the focused button it would cover the next row's
        // buttons.
        button.setAriaLabel(label);
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST);
        button.addClassName(step < 0 ? "move-up" : "move-down");
        return button;
    }

    @Override
    public Component component() {
        return group;
    }

    @Override
    public Optional<Answer> answer() {
        return Optional.of(new Answer.Sequence(order));
    }

    @Override
    public void show(Answer stored) {
        if (stored instanceof Answer.Sequence sequence
                && sequence.itemIds().size() == order.size()) {
            order.clear();
            order.addAll(sequence.itemIds());
            render(null, false);
        }
    }

    @Override
    public void lock() {
        locked = true;
        render(null, false);
    }

    @Override
    public void showError(String message) {
        announcement.setText(message);
    }
}
