package fr.immunolearn.testing;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file back into rows of cells, as a spreadsheet would. */
public final class Csv {

    private Csv() {}

    /**
     * The rows as Jackson's CSV parser reads them (another library than the one that writes them).
     */
    public static List<List<String>> rows(byte[] bytes, char separator) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows =
                mapper.readerForListOf(String.class)
                        .with(CsvSchema.emptySchema().withColumnSeparator(separator))
                        .readValues(text(bytes))) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows as Apache Commons CSV reads them by RFC 4180, the format Excel follows. */
    public static List<List<String>> rfc4180Rows(byte[] bytes, char separator) {
        try (CSVParser parser =
                CSVFormat.RFC4180
                        .builder()
                        .setDelimiter(separator)
                        .get()
                        .parse(new StringReader(text(bytes)))) {
            return StreamSupport.stream(parser.spliterator(), false)
                    .map(CSVRecord::toList)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
