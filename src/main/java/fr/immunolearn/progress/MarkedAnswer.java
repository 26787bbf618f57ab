package fr.immunolearn.progress;

import fr.immunolearn.quiz.Answer;
import fr.immunolearn.quiz.Mark;

/**
 * An answer once stored, with its mark: what the feedback shows.
 *
 * @param alreadyAnswered the question had its answer before this call (given in another tab,
 *     possibly at the same instant): {@code answer} is that stored answer, not the one just sent
 */
public record MarkedAnswer(
        String questionId,
        Answer answer,
        Mark mark,
        int position,
        int questionCount,
        boolean alreadyAnswered) {

    public boolean isLast() {
        return position == questionCount;
    }
}
