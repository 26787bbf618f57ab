package fr.immunolearn.course;

import java.util.List;

/**
 * A titled section of a lesson with a stable id, so feedback can send the learner back to the exact
 * place that teaches an answer.
 *
 * @param body what the section shows under its title, in reading order: prose and interactive
 *     blocks (the title is not included)
 */
public record Passage(String id, String title, List<String> concepts, List<LessonBlock> body) {

    public Passage {
        concepts = List.copyOf(concepts);
        body = List.copyOf(body);
    }

    /** A passage of prose only. */
    public Passage(String id, String title, List<String> concepts, String html) {
        this(id, title, concepts, List.of(new LessonBlock.Prose(html)));
    }

    /**
     * Every text the passage's body shows, HTML or plain, in reading order (the title is not
     * included).
     */
    public List<String> texts() {
        return body.stream().flatMap(block -> block.texts().stream()).toList();
    }

    /** The inline knowledge checks of this passage, in order. */
    public List<LessonBlock.Check> checks() {
        return body.stream()
                .filter(LessonBlock.Check.class::isInstance)
                .map(LessonBlock.Check.class::cast)
                .toList();
    }
}
