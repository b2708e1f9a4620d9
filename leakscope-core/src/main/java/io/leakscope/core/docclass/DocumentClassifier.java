package io.leakscope.core.docclass;

import io.leakscope.core.model.Table;
import io.leakscope.core.text.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives a document its business class from weighted signals: a case rule, words of its folder and
 * file names, its format, its title (first lines, sheet names), its table headers and its content
 * ({@link ClassVocabulary}). The class with the highest total wins when it reaches
 * {@link #MIN_SCORE}; otherwise the document is {@link DocumentClass#OTHER}. A mail message is
 * {@link DocumentClass#EMAIL} whatever it talks about; its attachments are documents of their own.
 */
public final class DocumentClassifier {
    static final double MIN_SCORE = 1.5;
    private static final int CONTENT_CHARS = 30_000;
    private static final int TITLE_LINES = 3;
    private static final Set<String> SYSTEM_EXTENSIONS = Set.of("log", "conf", "cfg", "ini", "yaml", "yml", "env",
            "properties", "sql", "pem", "key", "reg", "bak", "xml", "json");
    private static final Set<String> CODE_EXTENSIONS = Set.of("java", "c", "cpp", "h", "hpp", "cs", "py", "js", "ts",
            "go", "rs", "kt", "swift", "dwg", "dxf", "step", "stp", "igs", "iges", "sch", "brd");

    /** One weighted source of signals: where the words were seen, with the weight of a name word and of a content word. */
    private record Source(String name, double nameWeight, double contentWeight, double cap) {
    }

    private static final Source FOLDER = new Source("folder", 1.5, 0, 3);
    private static final Source FILE_NAME = new Source("file name", 3, 0, 4.5);
    private static final Source TITLE = new Source("title", 2.5, 0, 4);
    private static final Source HEADER = new Source("table header", 1, 0.75, 3);
    private static final Source CONTENT = new Source("content", 0.3, 0.4, 2.4);

    private final List<ClassRule> rules;
    private final ConfidentialFlagDetector flags = new ConfidentialFlagDetector();

    public DocumentClassifier(List<ClassRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public DocumentClassifier() {
        this(List.of());
    }

    /** The class of a document read, with its signals and its confidential-information flags (text and table cells). */
    public DocumentClassification classification(String path, String mediaType, String text, List<Table> tables) {
        List<ClassSignal> signals = new ArrayList<>();
        String cells = tableSample(tables);
        DocumentClass c = classify(path, mediaType, text, tables, cells, signals);
        return DocumentClassification.of(c, signals, flags.detect(cells.isEmpty() ? text : text + "\n" + cells));
    }

    /** The class of a document of which only the path is known (not read: failed or skipped), without flags. */
    public DocumentClassification classification(String path, String mediaType) {
        return classification(path, mediaType, "", List.of());
    }

    /** The class, adding the best class's signals (strongest first) to {@code signalsOut}, even when too weak to win. */
    private DocumentClass classify(String path, String mediaType, String text, List<Table> tables, String cells,
                                   List<ClassSignal> signalsOut) {
        String lowerText = lower(text.length() > CONTENT_CHARS ? text.substring(0, CONTENT_CHARS) : text);
        for (ClassRule rule : rules) {
            Optional<String> why = rule.matches(path, lowerText);
            if (why.isPresent()) {
                signalsOut.add(new ClassSignal(rule.documentClass(), "rule", why.get(), 10));
                return rule.documentClass();
            }
        }
        List<ClassSignal> all = new ArrayList<>();
        formatSignal(path, mediaType).ifPresent(all::add);
        String[] parts = pathParts(path);
        for (int i = 0; i < parts.length - 1; i++) {
            collect(FOLDER, lower(parts[i]), all);
        }
        collect(FILE_NAME, lower(stem(parts[parts.length - 1])), all);
        collect(TITLE, lower(title(text, tables)), all);
        collect(HEADER, lower(headers(tables)), all);
        collect(CONTENT, lowerText + "\n" + lower(cells), all);
        return decide(all, signalsOut);
    }

    private static DocumentClass decide(List<ClassSignal> all, List<ClassSignal> signalsOut) {
        Map<DocumentClass, Double> totals = new EnumMap<>(DocumentClass.class);
        all.forEach(s -> totals.merge(s.documentClass(), s.weight(), Double::sum));
        Optional<Map.Entry<DocumentClass, Double>> best = totals.entrySet().stream().max(Map.Entry.comparingByValue());
        if (best.isEmpty()) {
            return DocumentClass.OTHER;
        }
        DocumentClass winner = best.get().getKey();
        all.stream().filter(s -> s.documentClass() == winner)
                .sorted(Comparator.comparingDouble(ClassSignal::weight).reversed()).forEach(signalsOut::add);
        return best.get().getValue() < MIN_SCORE ? DocumentClass.OTHER : winner;
    }

    private static Optional<ClassSignal> formatSignal(String path, String mediaType) {
        String ext = extension(path);
        if ("message/rfc822".equals(mediaType) || "application/vnd.ms-outlook".equals(mediaType) || ext.equals("eml") || ext.equals("msg")) {
            return Optional.of(new ClassSignal(DocumentClass.EMAIL, "format", "mail message", 6));
        }
        if (SYSTEM_EXTENSIONS.contains(ext)) {
            return Optional.of(new ClassSignal(DocumentClass.SYSTEM_DATA, "format", "." + ext, 2));
        }
        if (CODE_EXTENSIONS.contains(ext)) {
            return Optional.of(new ClassSignal(DocumentClass.TECHNICAL, "format", "." + ext, 3));
        }
        return Optional.empty();
    }

    /** Adds, per class, the signals of the class's words found in {@code text}, up to the source's cap. */
    private static void collect(Source source, String text, List<ClassSignal> out) {
        if (text.isBlank()) {
            return;
        }
        Map<DocumentClass, Double> totals = new EnumMap<>(DocumentClass.class);
        List<ClassVocabulary.Hit> hits = ClassVocabulary.scan(text);
        hits.sort(Comparator.comparing(ClassVocabulary.Hit::name).reversed()); // names first: they weigh more
        for (ClassVocabulary.Hit h : hits) {
            double total = totals.getOrDefault(h.documentClass(), 0.0);
            totals.put(h.documentClass(), add(out, h.documentClass(), source, h.word(), h.name() ? source.nameWeight() : source.contentWeight(), total));
        }
    }

    private static double add(List<ClassSignal> out, DocumentClass c, Source source, String word, double weight, double total) {
        double w = Math.min(weight, source.cap() - total);
        if (w > 0) {
            out.add(new ClassSignal(c, source.name(), word, Math.round(w * 100) / 100.0));
        }
        return total + Math.max(0, w);
    }

    private static String title(String text, List<Table> tables) {
        StringBuilder sb = new StringBuilder();
        int lines = 0;
        for (String line : text.split("\n", 40)) {
            if (!line.isBlank() && lines++ < TITLE_LINES) {
                sb.append(line, 0, Math.min(line.length(), 100)).append('\n');
            }
        }
        tables.forEach(t -> sb.append(t.name()).append('\n'));
        return sb.toString();
    }

    private static String headers(List<Table> tables) {
        StringBuilder sb = new StringBuilder();
        for (Table t : tables) {
            for (int r = 0; r < Math.min(2, t.rows().size()); r++) {
                t.rows().get(r).forEach(cell -> sb.append(cell == null ? "" : cell).append('\t'));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String tableSample(List<Table> tables) {
        StringBuilder sb = new StringBuilder();
        for (Table t : tables) {
            for (List<String> row : t.rows().subList(0, Math.min(50, t.rows().size()))) {
                row.forEach(cell -> sb.append(cell == null ? "" : cell).append('\t'));
                sb.append('\n');
                if (sb.length() > CONTENT_CHARS) {
                    return sb.toString();
                }
            }
        }
        return sb.toString();
    }

    static String[] pathParts(String path) {
        return path.replace("!/", "/").split("/");
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** NFKC and lower case; underscores and hyphens of file names read as spaces. */
    static String lower(String s) {
        return Names.nfkc(s).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
