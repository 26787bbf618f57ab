package fr.immunolearn.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.testing.Csv;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a spreadsheet reads back from the trainer's CSV files: every cell whole, in its own row and
 * column whatever characters it holds, and none of them a formula. Each cell is written between two
 * plain ones, in both styles, and read back by two CSV parsers.
 */
class CsvCellsTest {

    /** A cell as learners or authors may type it, and what the spreadsheet must show. */
    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (CsvStyle style : CsvStyle.values()) {
            Stream.of(
                            Arguments.of("plain text", "Zoé Martin", "Zoé Martin"),
                            Arguments.of("empty", "", ""),
                            Arguments.of(
                                    "emoji and accents",
                                    "🧬 lymphocyte T – réponse",
                                    "🧬 lymphocyte T – réponse"),
                            Arguments.of(
                                    "line feed inside", "ligne 1\nligne 2", "ligne 1\nligne 2"),
                            Arguments.of(
                                    "carriage return inside",
                                    "ligne 1\rligne 2",
                                    "ligne 1\rligne 2"),
                            Arguments.of(
                                    "CR LF inside", "ligne 1\r\nligne 2", "ligne 1\r\nligne 2"),
                            Arguments.of("line feed at the end", "fin\n", "fin\n"),
                            Arguments.of("comma", "anticorps, cytokines", "anticorps, cytokines"),
                            Arguments.of(
                                    "semicolon", "anticorps ; cytokines", "anticorps ; cytokines"),
                            Arguments.of("both separators", "a,b;c", "a,b;c"),
                            Arguments.of(
                                    "quotes",
                                    "le \"soi\" et le \"non-soi\"",
                                    "le \"soi\" et le \"non-soi\""),
                            Arguments.of("a quote first", "\"=1+1\"", "\"=1+1\""),
                            Arguments.of("an apostrophe first", "'déjà cité'", "'déjà cité'"),
                            Arguments.of("= first", "=1+1", "'=1+1"),
                            Arguments.of("+ first", "+33 6 12", "'+33 6 12"),
                            Arguments.of("- first", "-2", "'-2"),
                            Arguments.of("@ first", "@SUM(A1)", "'@SUM(A1)"),
                            Arguments.of("tab first", "\tplain", "'\tplain"),
                            Arguments.of("tab then =", "\t=1+1", "'\t=1+1"),
                            Arguments.of("carriage return first", "\rplain", "'\rplain"),
                            Arguments.of("line feed then =", "\n=3+3", "'\n=3+3"),
                            Arguments.of("carriage return then =", "\r=3+3", "'\r=3+3"),
                            Arguments.of("CR LF then =", "\r\n=3+3", "'\r\n=3+3"),
                            Arguments.of(
                                    "line feeds and spaces then @",
                                    "\n \n  @SUM(A1)",
                                    "'\n \n  @SUM(A1)"),
                            Arguments.of(
                                    "spaces then =",
                                    "   =HYPERLINK(\"http://x\")",
                                    "'   =HYPERLINK(\"http://x\")"),
                            Arguments.of("no-break space then +", "\u00A0+1", "'\u00A0+1"),
                            Arguments.of("ideographic space then -", "\u3000-1", "'\u3000-1"),
                            Arguments.of("line separator then =", "\u2028=1", "'\u2028=1"),
                            Arguments.of("zero-width space then =", "\u200B=1", "'\u200B=1"),
                            Arguments.of(
                                    "formula with separators and quotes",
                                    "=HYPERLINK(\"http://x\";\"a,b\")",
                                    "'=HYPERLINK(\"http://x\";\"a,b\")"),
                            Arguments.of("= later in the cell", "a=1+1", "a=1+1"),
                            Arguments.of("line feed then text with =", "\nx=1", "\nx=1"),
                            Arguments.of("dashes inside", "anti-PD-1", "anti-PD-1"))
                    .map(a -> Arguments.of(style, a.get()[0], a.get()[1], a.get()[2]))
                    .forEach(cells::add);
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cells")
    void eachCellReadsBackWholeAndNeverAsAFormula(
            CsvStyle style, String what, String cell, String shown) {
        byte[] file =
                CsvReports.write(
                        List.of(List.of("avant", "cellule", "après"), List.of("x", cell, "y")),
                        style);
        List<List<String>> expected =
                List.of(List.of("avant", "cellule", "après"), List.of("x", shown, "y"));
        assertThat(Csv.rows(file, style.separator())).as("read by Jackson CSV").isEqualTo(expected);
        assertThat(Csv.rfc4180Rows(file, style.separator()))
                .as("read by Commons CSV (RFC 4180)")
                .isEqualTo(expected);
    }
}
