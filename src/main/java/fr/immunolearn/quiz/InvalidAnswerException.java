package fr.immunolearn.quiz;

/** The answer does not fit its question (nothing chosen, an unknown choice…); it is not marked. */
public class InvalidAnswerException extends RuntimeException {

    /** Why, in a few words a form can show, such as "nothing chosen". */
    private final Reason reason;

    public enum Reason {
        EMPTY,
        WRONG_SHAPE,
        UNKNOWN_OPTION,
        TOO_MANY,
        TOO_LONG
    }

    public InvalidAnswerException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
