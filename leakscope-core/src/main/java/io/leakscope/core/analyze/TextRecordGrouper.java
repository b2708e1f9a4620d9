package io.leakscope.core.analyze;

import io.leakscope.core.detect.common.FieldLabels;
import io.leakscope.core.detect.common.FieldValues;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.text.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the findings of running text into person records.
 * <ul>
 *   <li>A document naming exactly one person (a résumé, a letter, a form) is one record.</li>
 *   <li>Otherwise the text is cut into blocks (blank lines; each mail header line on its own), and
 *       every finding joins a name of its block: the nearest name before it on its line, else the
 *       nearest before it in the block, else the first after it (a company line above a name).</li>
 *   <li>An e-mail address in a block without a name is a record of its own.</li>
 * </ul>
 */
public final class TextRecordGrouper {
    /** Lines that open a block of their own: mail headers. */
    private static final List<String> HEADER_LABELS = List.of("From:", "To:", "Cc:", "Bcc:", "差出人:", "宛先:");

    public List<PersonRecord> group(String documentPath, String text, List<Finding> allFindings) {
        List<PersonRecord> relatives = new ArrayList<>();
        List<Finding> findings = setRelativesApart(documentPath, text, allFindings, relatives);
        List<PersonRecord> records = new ArrayList<>(relatives);
        records.addAll(groupPersons(documentPath, text, findings));
        return records;
    }

    private static final Pattern RELATIONSHIP = Pattern.compile("[（(]([^）)]{1,6})[）)]");

    /**
     * A labelled line about a relative (緊急連絡先：山田 花子（妻） 090-…, 扶養家族：…) is the relative's
     * record; the line's findings leave the others, and a family_member finding (relationship and
     * name) stays in their place for the person the document is about.
     */
    private static List<Finding> setRelativesApart(String path, String text, List<Finding> findings, List<PersonRecord> relatives) {
        List<Finding> rest = new ArrayList<>(findings);
        int lineStart = 0;
        int lineNo = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            lineNo++;
            int labelEnd = firstOf(text, lineStart, lineEnd, ":：\t");
            if (labelEnd > lineStart && FieldLabels.aboutRelative(text.substring(lineStart, labelEnd))) {
                String line = text.substring(lineStart, lineEnd); // only now: most lines are not about a relative
                int colon = labelEnd - lineStart;
                int from = lineStart;
                int to = lineEnd;
                List<Finding> onLine = new ArrayList<>(rest.stream()
                        .filter(f -> f.span() != null && f.span().start() >= from && f.span().start() < to).toList());
                Finding name = labelledName(line, colon, lineStart)
                        .orElse(onLine.stream().filter(TextRecordGrouper::isName).findFirst().orElse(null));
                if (name != null) {
                    rest.removeAll(onLine);
                    onLine.removeIf(TextRecordGrouper::isName);
                    onLine.add(0, name);
                    java.util.regex.Matcher rel = RELATIONSHIP.matcher(line);
                    String relationship = rel.find() ? rel.group(1) : "";
                    rest.add(new Finding(FindingType.FAMILY_MEMBER, (relationship + " " + name.value()).strip(), name.span(),
                            name.location(), name.score(), "text.relative"));
                    relatives.add(new PersonRecord(path, "line " + lineNo + " relative", PersonRecord.Kind.RELATIVE,
                            (line.substring(0, colon) + " " + relationship).strip(), onLine));
                }
            }
            lineStart = lineEnd + 1;
        }
        rest.sort(java.util.Comparator.comparingInt(f -> f.span().start()));
        return rest;
    }

    private static final Pattern NAME_VALUE = Pattern.compile("^[:：\\t ]*([^（(0-9０-９+\\t]+)");

    /** The name a relative's label announces: the value up to a bracket or a number ("山田 花子（妻） 090-…"). */
    private static java.util.Optional<Finding> labelledName(String line, int colon, int lineStart) {
        Matcher m = NAME_VALUE.matcher(line.substring(colon));
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String raw = m.group(1).strip();
        int start = lineStart + colon + line.substring(colon).indexOf(raw);
        return FieldValues.accept(FindingType.PERSON_NAME, raw).map(v -> new Finding(FindingType.PERSON_NAME, v,
                new io.leakscope.core.model.Span(start, start + raw.length()), "chars " + start + "-" + (start + raw.length()), 0.85,
                "text.relative"));
    }

    /** The first position in [from, to) holding one of the characters, or -1. */
    private static int firstOf(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private List<PersonRecord> groupPersons(String documentPath, String text, List<Finding> findings) {
        Set<String> names = new LinkedHashSet<>();
        findings.stream().filter(TextRecordGrouper::isName).forEach(f -> names.add(Names.key(f.value())));
        if (names.size() == 1) {
            return List.of(new PersonRecord(documentPath, "document", PersonRecord.Kind.FORM, "", findings));
        }
        List<PersonRecord> out = new ArrayList<>();
        List<int[]> blocks = blocks(text);
        for (int b = 0; b < blocks.size(); b++) {
            int[] block = blocks.get(b);
            List<Finding> inBlock = findings.stream()
                    .filter(f -> f.span().start() >= block[0] && f.span().start() < block[1]).toList();
            PersonRecord.Kind kind = isHeader(text, block) ? PersonRecord.Kind.MAIL_HEADER : PersonRecord.Kind.TEXT_BLOCK;
            out.addAll(groupBlock(documentPath, "block " + (b + 1), kind, text, inBlock));
        }
        return out;
    }

    private static List<PersonRecord> groupBlock(String path, String locator, PersonRecord.Kind kind, String text,
                                                 List<Finding> block) {
        List<Finding> names = block.stream().filter(TextRecordGrouper::isName).toList();
        if (names.isEmpty()) {
            return emailOnlyRecords(path, locator, kind, block);
        }
        Map<String, List<Finding>> byName = new LinkedHashMap<>();
        for (Finding n : names) {
            byName.computeIfAbsent(Names.key(n.value()), k -> new ArrayList<>()).add(n);
        }
        for (Finding f : block) {
            if (!isName(f)) {
                Finding owner = owner(f, names, text);
                byName.get(Names.key(owner.value())).add(f);
            }
        }
        List<PersonRecord> out = new ArrayList<>();
        int i = 0;
        for (List<Finding> fs : byName.values()) {
            out.add(new PersonRecord(path, locator + (byName.size() > 1 ? "." + (++i) : ""), kind, "", fs));
        }
        return out;
    }

    private static List<PersonRecord> emailOnlyRecords(String path, String locator, PersonRecord.Kind kind, List<Finding> block) {
        List<Finding> emails = block.stream().filter(f -> f.type() == FindingType.EMAIL).toList();
        if (emails.size() == 1) {
            return List.of(new PersonRecord(path, locator, kind, "", block));
        }
        List<PersonRecord> out = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            out.add(new PersonRecord(path, locator + "." + (i + 1), kind, "", List.of(emails.get(i))));
        }
        return out;
    }

    private static Finding owner(Finding f, List<Finding> names, String text) {
        Finding before = null;
        Finding sameLine = null;
        for (Finding n : names) {
            if (n.span().start() <= f.span().start()) {
                before = n;
                if (sameLine(text, n.span().start(), f.span().start())) {
                    sameLine = n;
                }
            }
        }
        if (sameLine != null) {
            return sameLine;
        }
        return before != null ? before : names.get(0);
    }

    private static boolean sameLine(String text, int a, int b) {
        return text.indexOf('\n', a) < 0 || text.indexOf('\n', a) >= b;
    }

    private static boolean isName(Finding f) {
        return f.type() == FindingType.PERSON_NAME;
    }

    private static boolean isHeader(String text, int[] block) {
        String s = text.substring(block[0], Math.min(text.length(), Math.min(block[1], block[0] + 8))).stripLeading();
        return s.startsWith("From:") || s.startsWith("To:") || s.startsWith("Cc:") || s.startsWith("Bcc:");
    }

    /**
     * Blocks of text between blank lines (spaces, tabs and ideographic spaces count as blank) and
     * before mail header lines. Read line by line, not with a pattern tried at every position: this
     * runs on every document's whole text.
     */
    static List<int[]> blocks(String text) {
        List<int[]> blocks = new ArrayList<>();
        int start = 0;
        int from = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
            int blankEnd = blankLineEnd(text, nl);
            if (blankEnd >= 0 || startsHeaderLine(text, nl + 1)) {
                blocks.add(new int[] {start, nl + 1});
                start = nl + 1;
            }
            from = blankEnd >= 0 ? blankEnd : nl + 1; // a blank line's closing line feed opens no block of its own
        }
        blocks.add(new int[] {start, text.length() + 1});
        return blocks;
    }

    /** After the line feed at {@code nl}: the end of a blank line (past its own line feed), or -1. */
    private static int blankLineEnd(String text, int nl) {
        int i = nl + 1;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '\n' ? i + 1 : -1;
    }

    private static boolean startsHeaderLine(String text, int at) {
        for (String label : HEADER_LABELS) {
            if (text.startsWith(label, at)) {
                return true;
            }
        }
        return false;
    }
}
