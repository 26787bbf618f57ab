package fr.immunolearn.quiz;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Typed answers compared as a teacher would: case, accents, spacing and the kind of apostrophe or
 * dash do not matter, so "Biothérapie", "biotherapie" and " biothérapie " are the same answer.
 */
public final class AnswerText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘ʼ`´]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—]");
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    private AnswerText() {}

    public static String normalise(String typed) {
        String text = typed.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        text = APOSTROPHES.matcher(text).replaceAll("'");
        text = DASHES.matcher(text).replaceAll("-");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
