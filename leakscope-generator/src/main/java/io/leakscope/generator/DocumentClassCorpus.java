package io.leakscope.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A labelled corpus of business documents for measuring document classification: for every class
 * of the taxonomy, documents in the formats a file server holds, under descriptive, neutral or
 * English names, in department or shared folders, some carrying confidential information (an
 * insider-information candidate, a trade secret, legal advice, a credential) and some decoys that
 * only look like it (a manual that mentions a password, an insider-trading policy). The ground
 * truth, {@code classes.json}, lists each document's class, flags and set: {@code tuned} for the
 * kinds the vocabulary was tuned on, {@code held_out} for kinds written afterwards and never tuned
 * against. No personal data.
 */
public final class DocumentClassCorpus {
    private static final Charset SJIS = Charset.forName("Windows-31J");

    /** One kind of document: its class, folder, file names, titles, body lines, table, and the flags it carries. */
    record Template(String docClass, String folder, List<String> names, List<String> titles, List<String> body,
                            List<String> header, List<String> flags, String format) {
    }

    private final Random random;
    private final List<ObjectNode> truth = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    public DocumentClassCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code perTemplate} documents of every template under {@code leak}/文書, and their ground truth to {@code truthFile}. */
    public void generate(Path leak, Path truthFile, int perTemplate) throws IOException {
        for (Template t : java.util.stream.Stream.concat(Templates.ALL.stream(), Templates.SECOND_ROUND.stream()).toList()) {
            for (int i = 0; i < perTemplate; i++) {
                write(leak, t, i, "tuned");
            }
        }
        for (Template t : Templates.HELD_OUT) {
            for (int i = 0; i < perTemplate; i++) {
                write(leak, t, i, "held_out");
            }
        }
        ArrayNode root = json.createArrayNode();
        truth.forEach(root::add);
        json.writerWithDefaultPrettyPrinter().writeValue(truthFile.toFile(), root);
    }

    private void write(Path out, Template t, int i, String set) throws IOException {
        String title = pick(t.titles());
        String folder = switch (random.nextInt(3)) {
            case 0 -> t.folder();
            case 1 -> "共有/" + (2020 + random.nextInt(5));
            default -> "share/misc";
        };
        String name = switch (random.nextInt(4)) {
            case 0 -> "資料_" + String.format("%04d", random.nextInt(10_000));
            case 1 -> "scan" + String.format("%05d", random.nextInt(100_000));
            default -> pick(t.names()) + "_" + (i + 1);
        };
        List<String> lines = new ArrayList<>();
        lines.add(title);
        List<String> body = new ArrayList<>(t.body());
        java.util.Collections.shuffle(body, random);
        lines.addAll(body); // every line: a flag's words must be in the document its truth says
        String path = folder + "/" + name + "." + t.format();
        byte[] bytes = switch (t.format()) {
            case "docx" -> FileWriters.docx(lines);
            case "xlsx" -> FileWriters.xlsx(Map.of(title.length() > 20 ? "Sheet1" : title, table(t, lines)));
            case "csv" -> FileWriters.csv(table(t, lines), random.nextBoolean() ? SJIS : StandardCharsets.UTF_8);
            case "eml" -> FileWriters.eml("info@example.co.jp", "all@example.co.jp", title, "Mon, 7 Oct 2024 10:00:00 +0900",
                    String.join("\n", lines.subList(1, lines.size())));
            case "pdf" -> FileWriters.pdf(lines).orElse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            default -> String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        };
        if (t.format().equals("pdf") && FileWriters.japaneseFont().isEmpty()) {
            path = path.substring(0, path.length() - 3) + "txt";
        }
        FileWriters.write(out.resolve("文書"), path, bytes);
        ObjectNode n = json.createObjectNode().put("path", "文書/" + path).put("class", t.docClass()).put("set", set);
        ArrayNode flags = n.putArray("flags");
        t.flags().forEach(flags::add);
        truth.add(n);
    }

    private List<List<String>> table(Template t, List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        if (t.header().isEmpty()) {
            lines.forEach(l -> rows.add(List.of(l)));
            return rows;
        }
        rows.add(List.of(lines.get(0)));
        rows.add(t.header());
        for (int r = 0; r < 5 + random.nextInt(20); r++) {
            List<String> row = new ArrayList<>();
            for (String h : t.header()) {
                row.add(cell(h, r));
            }
            rows.add(row);
        }
        lines.subList(1, lines.size()).forEach(l -> rows.add(List.of(l)));
        return rows;
    }

    private String cell(String header, int r) {
        if (header.matches(".*(日|date|Date).*")) {
            return "2024/" + (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28));
        }
        if (header.matches(".*(数|額|価|高|金|借方|貸方|amount|Amount|qty|回数|件数|時間).*")) {
            return String.valueOf(random.nextInt(100_000));
        }
        if (header.matches(".*(番号|ID|No|コード|id).*")) {
            return "K-" + String.format("%05d", random.nextInt(100_000));
        }
        return pick(Templates.FILLER) + (r % 7);
    }

    private String pick(List<String> l) {
        return l.get(random.nextInt(l.size()));
    }

    static Template template(String docClass, String folder, String format, List<String> names, List<String> titles,
                             List<String> body, List<String> header, List<String> flags) {
        return new Template(docClass, folder, names, titles, body, header, flags, format);
    }
}
