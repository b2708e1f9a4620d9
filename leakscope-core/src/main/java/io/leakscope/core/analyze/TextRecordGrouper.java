package io.leakscope.core.analyze;

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

/**
 * Groups the findings of running text into person records; a record holds one person.
 * <ul>
 *   <li>A document naming exactly one person (a résumé, a letter, a form) is one record — but for the
 *       addresses of mail header lines that are not that person's ({@code To: b@…} under a letter
 *       signed by A), each a record of its own.</li>
 *   <li>Otherwise the text is cut into blocks ({@link TextBlocks}: blank lines, mail header lines,
 *       quoted replies), and every finding joins a name of its block: the nearest name before it on
 *       its line, else the nearest before it in the block, else the first after it (a company line
 *       above a name).</li>
 *   <li>A strong identifier (e-mail, employee id, account, identity number) joins the name it is
 *       written beside ({@code 山田 太郎 <t.yamada@…>}), else the nearest name — unless that name holds
 *       another value of its type already: then it is a record of its own, never glued to someone
 *       else (a quoted {@code To: Ann Lee <ann@…>} whose name was not recognised).</li>
 *   <li>A machine log ({@link LogText}) is read line by line, and an identifier of a log line joins
 *       only the name it is written beside.</li>
 *   <li>An e-mail address in a block without a name is a record of its own.</li>
 *   <li>Lines about a relative are the relative's records ({@link RelativeLines}).</li>
 * </ul>
 */
public final class TextRecordGrouper {

    public List<PersonRecord> group(String documentPath, String text, List<Finding> allFindings) {
        List<PersonRecord> relatives = new ArrayList<>();
        List<Finding> findings = RelativeLines.setApart(documentPath, text, allFindings, relatives);
        List<PersonRecord> records = new ArrayList<>(relatives);
        records.addAll(LogText.isLog(text) ? groupLogLines(documentPath, text, findings) : groupPersons(documentPath, text, findings));
        return records;
    }

    private List<PersonRecord> groupPersons(String documentPath, String text, List<Finding> findings) {
        Set<String> names = new LinkedHashSet<>();
        findings.stream().filter(TextRecordGrouper::isName).forEach(f -> names.add(Names.key(f.value())));
        if (names.size() == 1) {
            return oneSubject(documentPath, text, findings);
        }
        return byBlock(documentPath, text, findings, TextBlocks.of(text), false);
    }

    /** The records of each block; the findings, sorted by place, are handed out in one pass. */
    private static List<PersonRecord> byBlock(String documentPath, String text, List<Finding> findings, List<int[]> blocks, boolean log) {
        List<PersonRecord> out = new ArrayList<>();
        int from = 0;
        for (int b = 0; b < blocks.size(); b++) {
            int[] block = blocks.get(b);
            int end = from;
            while (end < findings.size() && findings.get(end).span().start() < block[1]) {
                end++;
            }
            if (end > from) {
                PersonRecord.Kind kind = log ? PersonRecord.Kind.LOG_LINE
                        : TextBlocks.isAddressHeader(text, block[0]) ? PersonRecord.Kind.MAIL_HEADER : PersonRecord.Kind.TEXT_BLOCK;
                out.addAll(groupBlock(documentPath, (log ? "line " : "block ") + (b + 1), kind, text, findings.subList(from, end), log));
            }
            from = end;
        }
        return out;
    }

    /** A log: each line an event of its own, its addresses no one's but the name written beside them. */
    private List<PersonRecord> groupLogLines(String documentPath, String text, List<Finding> findings) {
        return byBlock(documentPath, text, findings, TextBlocks.lines(text), true);
    }

    /**
     * The document's one person: a record of everything but the identifiers on mail header lines
     * that are written beside no name of theirs (the recipients of a letter signed by the person).
     */
    private static List<PersonRecord> oneSubject(String path, String text, List<Finding> findings) {
        List<Finding> names = findings.stream().filter(TextRecordGrouper::isName).toList();
        List<Finding> own = new ArrayList<>();
        List<Finding> others = new ArrayList<>();
        for (Finding f : findings) {
            boolean someoneElses = isStrong(f) && TextBlocks.isAddressHeader(text, lineStart(text, f.span().start()))
                    && writtenBeside(f, names, text) == null;
            (someoneElses ? others : own).add(f);
        }
        List<PersonRecord> out = new ArrayList<>();
        // a subject named only on header lines (From, To …) is known only from the headers: a mail's body says nothing of them
        boolean onHeadersOnly = !own.isEmpty() && own.stream().allMatch(f -> TextBlocks.isAddressHeader(text, lineStart(text, f.span().start())));
        out.add(new PersonRecord(path, "document", onHeadersOnly ? PersonRecord.Kind.MAIL_HEADER : PersonRecord.Kind.FORM, "", own));
        for (int i = 0; i < others.size(); i++) {
            out.add(new PersonRecord(path, "header " + (i + 1), PersonRecord.Kind.MAIL_HEADER, "", List.of(others.get(i))));
        }
        return out;
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    }

    private static List<PersonRecord> groupBlock(String path, String locator, PersonRecord.Kind kind, String text,
                                                 List<Finding> block, boolean log) {
        List<Finding> names = block.stream().filter(TextRecordGrouper::isName).toList();
        if (names.isEmpty()) {
            return addressRecords(path, locator, kind, block);
        }
        Map<String, List<Finding>> byName = new LinkedHashMap<>();
        for (Finding n : names) {
            byName.computeIfAbsent(Names.key(n.value()), k -> new ArrayList<>()).add(n);
        }
        List<Finding> loose = new ArrayList<>();
        List<Finding> strong = new ArrayList<>(block.stream().filter(TextRecordGrouper::isStrong).toList());
        strong.sort(java.util.Comparator.comparing(f -> writtenBeside(f, names, text) == null)); // "山田 <a@…>" claims a@ first
        for (Finding f : strong) {
            Finding owner = writtenBeside(f, names, text);
            if (owner == null && !log) {
                owner = owner(f, names, text);
            }
            List<Finding> record = owner == null ? null : byName.get(Names.key(owner.value()));
            if (record != null && !holdsAnother(record, f)) {
                record.add(f);
            } else {
                loose.add(f);
            }
        }
        for (Finding f : block) {
            if (!isName(f) && !isStrong(f)) {
                byName.get(Names.key(owner(f, names, text).value())).add(f);
            }
        }
        List<PersonRecord> out = new ArrayList<>();
        int i = 0;
        boolean several = byName.size() + loose.size() > 1;
        for (List<Finding> fs : byName.values()) {
            out.add(new PersonRecord(path, locator + (several ? "." + (++i) : ""), kind, "", fs));
        }
        for (Finding f : loose) {
            out.add(new PersonRecord(path, locator + (several ? "." + (++i) : ""), kind, "", List.of(f)));
        }
        return out;
    }

    /** The identifiers one person holds one of: a second one in their record is someone else's. */
    static boolean isStrong(Finding f) {
        return switch (f.element()) {
            case EMAIL, EMPLOYEE_ID, SYSTEM_ACCOUNT, MY_NUMBER, ID_DOCUMENT, TAXPAYER_ID -> true;
            default -> false;
        };
    }

    private static boolean holdsAnother(List<Finding> record, Finding f) {
        return record.stream().anyMatch(o -> o.type() == f.type() && !o.value().equals(f.value()));
    }

    /** The name the identifier is written beside, as a mail address's display name: "山田 太郎 <t.yamada@…>", "Ann Lee (ann@…)". */
    private static Finding writtenBeside(Finding f, List<Finding> names, String text) {
        for (Finding n : names) {
            int gap = f.span().start() - n.span().end();
            if (gap >= 1 && gap <= 4 && isDisplayNameGap(text, n.span().end(), f.span().start())) {
                return n;
            }
        }
        return null;
    }

    private static boolean isDisplayNameGap(String text, int from, int to) {
        boolean bracket = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '＜' || c == '(' || c == '（' || c == '[') {
                bracket = true;
            } else if (c != ' ' && c != '"' && c != '\'' && c != '\u3000') {
                return false;
            }
        }
        return bracket;
    }

    /**
     * A block naming no one: each of its e-mail addresses is a record of its own, or, when the block
     * holds one, a record of the whole block. Its other identifiers stay unattributed (a service
     * account in a configuration file is no one's).
     */
    private static List<PersonRecord> addressRecords(String path, String locator, PersonRecord.Kind kind, List<Finding> block) {
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

}
