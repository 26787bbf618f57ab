package fr.immunolearn.course;

import java.util.List;

/**
 * A lesson: what the learner will know by its end, the article's content as passages that feedback
 * can link back to, the points to remember, and the quiz that follows it.
 *
 * @param introHtml sanitised HTML before the first passage (may be empty)
 * @param keyPoints the "À retenir" summary, plain text
 * @param glossaryTerms ids of the glossary entries the lesson uses, in order of first use
 */
public record Lesson(
        String id,
        String title,
        List<String> objectives,
        List<String> concepts,
        String introHtml,
        List<Passage> passages,
        List<String> keyPoints,
        List<String> glossaryTerms,
        Quiz quiz) {

    public Lesson {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        passages = List.copyOf(passages);
        keyPoints = List.copyOf(keyPoints);
        glossaryTerms = List.copyOf(glossaryTerms);
    }
}
