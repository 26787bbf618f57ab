package fr.immunolearn.progress;

import fr.immunolearn.quiz.Answer;
import fr.immunolearn.quiz.Mark;

/** An answer once stored, with its mark: what the feedback shows. */
public record MarkedAnswer(String questionId, Answer answer, Mark mark, int position, int questionCount) {

    public boolean isLast() {
        return position == questionCount;
    }
}
