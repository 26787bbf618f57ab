package fr.immunolearn.course.loading;

import java.util.regex.Pattern;

/** The typographic conventions of an edition's language, applied to every text learners read. */
@FunctionalInterface
interface Typography {

    Typography NONE = text -> text;

    String apply(String text);

    static Typography forLanguage(String language) {
        return "fr".equals(language) ? new French() : NONE;
    }

    /**
     * French typography: typographic apostrophes, a narrow no-break space before {@code ; ! ?}, a
     * no-break space before {@code :} and inside guillemets, so a line never starts with a lone
     * punctuation mark. Colons inside times and URLs ("10:30", "https:") are left alone.
     */
    final class French implements Typography {
        private static final char NBSP = '\u00A0';
        private static final char NARROW_NBSP = '\u202F';
        private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");
        private static final Pattern HIGH_PUNCTUATION =
                Pattern.compile("(?<![\\s;!?:])[ \\u00A0\\u202F]*([;!?]+)(?=\\s|$|[»)\\]\"’])");
        private static final Pattern COLON =
                Pattern.compile("(?<![\\s;!?:])[ \\u00A0\\u202F]*:(?=\\s|$)");
        private static final Pattern OPENING_GUILLEMET = Pattern.compile("«[ \\u00A0\\u202F]*");
        private static final Pattern CLOSING_GUILLEMET = Pattern.compile("[ \\u00A0\\u202F]*»");

        @Override
        public String apply(String text) {
            if (text.isEmpty()) {
                return text;
            }
            String out = APOSTROPHE.matcher(text).replaceAll("’");
            out = out.replace("...", "…");
            out = HIGH_PUNCTUATION.matcher(out).replaceAll(NARROW_NBSP + "$1");
            out = COLON.matcher(out).replaceAll(NBSP + ":");
            out = OPENING_GUILLEMET.matcher(out).replaceAll("«" + NBSP);
            out = CLOSING_GUILLEMET.matcher(out).replaceAll(NBSP + "»");
            return out;
        }
    }
}
