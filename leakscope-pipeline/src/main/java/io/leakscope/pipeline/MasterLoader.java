package io.leakscope.pipeline;

import io.leakscope.core.model.Element;
import io.leakscope.core.model.Table;
import io.leakscope.core.resolve.MasterRecord;
import io.leakscope.ingest.Blob;
import io.leakscope.ingest.Charsets;
import io.leakscope.ingest.DelimitedTextReader;
import io.leakscope.ingest.DocumentReader;
import io.leakscope.ingest.IngestLimits;
import io.leakscope.ingest.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the masters of a case configuration (CSV in any Japanese encoding, or XLSX) into master
 * records. The header row is the first row that holds the key column's header. A missing header
 * or an empty key is an error naming the master, the header or the row.
 */
public final class MasterLoader {
    private MasterLoader() {
    }

    public static List<MasterRecord> load(CaseConfig config, Path configDir) {
        List<MasterRecord> out = new ArrayList<>();
        for (int i = 0; i < config.masters().size(); i++) {
            out.addAll(load(config.masters().get(i), configDir, i));
        }
        return out;
    }

    static List<MasterRecord> load(CaseConfig.Master m, Path configDir, int order) {
        Path file = configDir.resolve(m.path());
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("master '" + m.name() + "': file not found: " + file);
        }
        Table table = read(m, file);
        int header = headerRow(m, table);
        Map<String, Integer> index = new java.util.HashMap<>();
        List<String> headers = table.rows().get(header);
        for (int c = 0; c < headers.size(); c++) {
            index.putIfAbsent(headers.get(c).strip(), c);
        }
        int keyCol = column(m, index, m.key());
        Map<Element, Integer> mapped = new EnumMap<>(Element.class);
        m.columns().forEach((element, h) -> mapped.put(Element.fromId(element), column(m, index, h)));
        List<MasterRecord> out = new ArrayList<>();
        for (int r = header + 1; r < table.rows().size(); r++) {
            if (table.rows().get(r).stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            String key = table.cell(r, keyCol).strip();
            if (key.isEmpty()) {
                throw new ConfigException("master '" + m.name() + "': row " + (r + 1) + " has an empty key ('" + m.key() + "')");
            }
            Map<Element, String> values = new EnumMap<>(Element.class);
            for (Map.Entry<Element, Integer> e : mapped.entrySet()) {
                String v = table.cell(r, e.getValue()).strip();
                if (!v.isEmpty()) {
                    values.put(e.getKey(), v);
                }
            }
            out.add(new MasterRecord(m.name(), key, m.category(), order, values));
        }
        return out;
    }

    private static Table read(CaseConfig.Master m, Path file) {
        try {
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
                byte[] bytes = Files.readAllBytes(file);
                String text = m.encoding().equals("auto") ? Charsets.decode(bytes) : new String(bytes, Charsets.byName(m.encoding()));
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                return DelimitedTextReader.read(m.name(), text, lower.endsWith(".tsv") || DelimitedTextReader.looksTabSeparated(text));
            }
            Outcome o = new DocumentReader(IngestLimits.DEFAULT, file.getParent())
                    .read(file.getFileName().toString(), new Blob.OnDisk(file, Files.size(file), false));
            if (o.status() != Outcome.Status.DONE || o.document().tables().isEmpty()) {
                throw new ConfigException("master '" + m.name() + "': cannot read " + file + " (" + o.reason() + ")");
            }
            return o.document().tables().stream().filter(t -> m.sheet() == null || t.name().equals(m.sheet())).findFirst()
                    .orElseThrow(() -> new ConfigException("master '" + m.name() + "': no sheet '" + m.sheet() + "' in " + file));
        } catch (IOException e) {
            throw new ConfigException("master '" + m.name() + "': cannot read " + file + ": " + e.getMessage());
        }
    }

    private static int headerRow(CaseConfig.Master m, Table t) {
        for (int r = 0; r < Math.min(20, t.rows().size()); r++) {
            if (t.rows().get(r).stream().anyMatch(c -> c != null && c.strip().equals(m.key()))) {
                return r;
            }
        }
        throw new ConfigException("master '" + m.name() + "': the key column header '" + m.key() + "' is not in the file");
    }

    private static int column(CaseConfig.Master m, Map<String, Integer> index, String header) {
        Integer c = index.get(header);
        if (c == null) {
            throw new ConfigException("master '" + m.name() + "': column header '" + header + "' is not in the file");
        }
        return c;
    }
}
