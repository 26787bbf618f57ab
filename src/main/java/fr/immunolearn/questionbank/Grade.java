package fr.immunolearn.questionbank;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A share of a question's mark, as an exact fraction, limited to Moodle's grade options: Moodle's
 * importer refuses the whole file when one answer's fraction is not among them. The options are p/q
 * for q up to 6, tenths, 1/7, 1/8, 1/9 and 1/20, and their negatives; Moodle writes them with seven
 * decimals (0.3333333), which is what {@link #percent()} gives as a percentage (33.33333).
 */
record Grade(int numerator, int denominator) {

    static final Grade FULL = new Grade(1, 1);
    static final Grade NONE = new Grade(0, 1);

    Grade {
        if (denominator <= 0) {
            throw new IllegalArgumentException("a grade's denominator is positive");
        }
        int gcd = gcd(Math.abs(numerator), denominator);
        numerator /= gcd;
        denominator /= gcd;
        if (!isOption(numerator, denominator)) {
            throw new IllegalArgumentException(
                    numerator + "/" + denominator + " is not one of Moodle's grade options");
        }
    }

    /** An equal share of the full mark among {@code parts}, when Moodle has that option. */
    static Optional<Grade> share(int parts) {
        return parts > 0 && isOption(1, parts)
                ? Optional.of(new Grade(1, parts))
                : Optional.empty();
    }

    Grade negate() {
        return new Grade(-numerator, denominator);
    }

    boolean positive() {
        return numerator > 0;
    }

    double value() {
        return (double) numerator / denominator;
    }

    /** The percentage Moodle's files hold: the fraction rounded to seven decimals, times 100. */
    String percent() {
        BigDecimal fraction =
                BigDecimal.valueOf(numerator)
                        .divide(BigDecimal.valueOf(denominator), new MathContext(20))
                        .setScale(7, RoundingMode.HALF_UP);
        BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0).toPlainString() : percent.toPlainString();
    }

    private static boolean isOption(int numerator, int denominator) {
        int p = Math.abs(numerator);
        if (p == 0) {
            return true;
        }
        if (p > denominator) {
            return false;
        }
        return denominator <= 6
                || denominator == 10
                || (p == 1 && (denominator <= 10 || denominator == 20));
    }

    private static int gcd(int a, int b) {
        return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
    }
}
