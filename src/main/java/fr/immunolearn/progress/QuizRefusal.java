package fr.immunolearn.progress;

/** A quiz action that cannot be done, and why; nothing was changed. */
public class QuizRefusal extends RuntimeException {

    public enum Reason {
        /**
         * No such quiz or attempt for this learner: other learners' attempts do not exist for them.
         */
        NOT_FOUND,
        /** The final assessment is still locked. */
        LOCKED,
        NO_ATTEMPT_LEFT,
        /** The attempt is finished; answers can no longer change. */
        FINISHED,
        /** The attempt still has unanswered questions. */
        INCOMPLETE,
        /** The question is not part of this attempt. */
        NOT_IN_ATTEMPT
    }

    private final Reason reason;

    public QuizRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
