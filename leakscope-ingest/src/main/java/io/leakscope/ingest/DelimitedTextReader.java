package io.leakscope.ingest;

import io.leakscope.core.model.Table;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV and TSV files as one table, in whatever Japanese encoding they were saved. */
public final class DelimitedTextReader {
    private DelimitedTextReader() {
    }

    public static Table read(String name, String text, boolean tabs) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(tabs ? '\t' : ',')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return new Table(name, rows);
    }

    /** Tabs when the first line has more tabs than commas. */
    public static boolean looksTabSeparated(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        return first.chars().filter(c -> c == '\t').count() > first.chars().filter(c -> c == ',').count();
    }
}
