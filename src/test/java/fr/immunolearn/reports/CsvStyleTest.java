package fr.immunolearn.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvStyleTest {

    @Test
    void frenchExcelGetsDecimalCommasAndOthersDecimalPoints() {
        assertThat(CsvStyle.SEMICOLON.number(66.7)).isEqualTo("66,7");
        assertThat(CsvStyle.COMMA.number(66.7)).isEqualTo("66.7");
        assertThat(CsvStyle.COMMA.number(80.0)).isEqualTo("80");
        assertThat(CsvStyle.COMMA.number(null)).isEmpty();
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
        assertThat(CsvReports.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvReports.safe("+33 6")).isEqualTo("'+33 6");
        assertThat(CsvReports.safe("-2")).isEqualTo("'-2");
        assertThat(CsvReports.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvReports.safe("Zoé")).isEqualTo("Zoé");
        assertThat(CsvReports.safe("")).isEmpty();
    }
}
