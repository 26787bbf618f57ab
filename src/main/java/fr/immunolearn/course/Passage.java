package fr.immunolearn.course;

import java.util.List;

/**
 * A titled section of a lesson with a stable id, so feedback can send the learner back to the
 * exact place that teaches an answer.
 *
 * @param html sanitised HTML of the section's body (the title is not included)
 */
public record Passage(String id, String title, List<String> concepts, String html) {

    public Passage {
        concepts = List.copyOf(concepts);
    }
}
