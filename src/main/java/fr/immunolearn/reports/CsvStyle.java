package fr.immunolearn.reports;

/**
 * How a CSV file separates values and writes decimals. French Excel expects semicolons and decimal
 * commas; most other software, commas and decimal points.
 */
public enum CsvStyle {
    COMMA(',', '.'),
    SEMICOLON(';', ',');

    private final char separator;
    private final char decimal;

    CsvStyle(char separator, char decimal) {
        this.separator = separator;
        this.decimal = decimal;
    }

    public char separator() {
        return separator;
    }

    String number(Double value) {
        if (value == null) {
            return "";
        }
        String text =
                value == Math.rint(value)
                        ? Long.toString(Math.round(value))
                        : Double.toString(value);
        return text.replace('.', decimal);
    }
}
