package fr.immunolearn.quiz;

/**
 * How well one answer did.
 *
 * @param credit the share of the question's weight earned, from 0 to 1
 */
public record Mark(double credit) {

    public static final Mark RIGHT = new Mark(1);
    public static final Mark WRONG = new Mark(0);

    public Mark {
        if (credit < 0 || credit > 1 || Double.isNaN(credit)) {
            throw new IllegalArgumentException("credit must be between 0 and 1: " + credit);
        }
    }

    /** Right only with full credit; a partly right answer is not right. */
    public boolean correct() {
        return credit == 1;
    }
}
