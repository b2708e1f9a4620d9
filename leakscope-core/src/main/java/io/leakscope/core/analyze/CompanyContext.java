package io.leakscope.core.analyze;

import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whose a company name, an address and a phone in running text are: a person's affiliation, a
 * partner company's address, the breached company's own, or no one's (a company spoken of in a
 * sentence, a product id).
 */
final class CompanyContext {
    /** A signature block: company, department, name, phone, mail, address, building. */
    private static final int SAME_CONTEXT_LINES = 8;
    private static final Pattern CAREER_LINE = Pattern.compile("入社|退社|退職|卒業|入学|転職|joined|left");

    private final OwnOrganization own;

    CompanyContext(OwnOrganization own) {
        this.own = own;
    }

    /**
     * A company name on a résumé's career line is career history; the breached company's own name
     * is no one's affiliation. Near a remaining company name (a signature block) an address is the
     * company's, not the person's; near the breached company's own name it is dropped altogether, and
     * so is a phone right under that name with no person named between (an invoice's issuer block).
     */
    List<Finding> adjust(String text, List<Finding> findings) {
        List<Finding> retyped = new ArrayList<>();
        List<Finding> ownNames = new ArrayList<>();
        List<Finding> containers = findings.stream()
                .filter(f -> f.type() == FindingType.COMPANY_NAME || f.type() == FindingType.NAME_KANA
                        || f.type() == FindingType.POSTAL_ADDRESS).toList();
        for (Finding f : findings) {
            if (f.type() == FindingType.PERSON_NAME && containers.stream().anyMatch(c -> inside(f, c))) {
                continue; // 塚田 in 塚田精工株式会社 is the company's name; こやま in よこやま is part of a reading; 市優斗 in 今野市優斗町 a place
            }
            if (f.type() == FindingType.COMPANY_NAME && own.isOwnCompany(f.value())) {
                ownNames.add(f);
            } else if (f.type() == FindingType.COMPANY_NAME && CAREER_LINE.matcher(lineOf(text, f)).find()) {
                retyped.add(f.withType(FindingType.CAREER_HISTORY));
            } else {
                retyped.add(f);
            }
        }
        List<Finding> companies = retyped.stream().filter(f -> f.type() == FindingType.COMPANY_NAME).toList();
        int[] nameStarts = ownNames.isEmpty() ? new int[0]
                : retyped.stream().filter(f -> f.type() == FindingType.PERSON_NAME && !addressee(text, f)).mapToInt(f -> f.span().start()).sorted().toArray();
        List<Finding> out = new ArrayList<>();
        for (Finding f : retyped) {
            if (f.type() == FindingType.COMPANY_NAME && (spokenOf(text, f) || inIdentifier(text, f))) {
                continue; // "○○株式会社様からの見積": a company spoken of, or "-//Microsoft Corporation//": a product id; no one's affiliation
            }
            boolean address = f.type() == FindingType.POSTAL_ADDRESS || f.type() == FindingType.COMPANY_ADDRESS;
            if (address && ownNames.stream().anyMatch(c -> linesApart(text, c, f) <= SAME_CONTEXT_LINES)) {
                continue;
            }
            if (f.type() == FindingType.PHONE && ownNames.stream().anyMatch(c -> ownLine(text, c, f, nameStarts))) {
                continue; // the issuer's block of an invoice: the company's number, no one's
            }
            if (address && companies.stream().anyMatch(c -> linesApart(text, c, f) <= SAME_CONTEXT_LINES)) {
                out.add(f.withType(FindingType.COMPANY_ADDRESS));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Lines a company's own contact block spans: name, address, phone. */
    private static final int OWN_BLOCK_LINES = 3;

    /**
     * A phone right under the company's own name, with no person named between them or just above
     * the name but the letter's addressee (an invoice's issuer block: name, address, TEL; in a
     * signature the person's name stands right above the company's). Lines are counted without the
     * blank ones, which a Word document's text holds between all its paragraphs.
     */
    private static boolean ownLine(String text, Finding own, Finding phone, int[] nameStarts) {
        int to = phone.span().start();
        if (own.span().start() >= to || filledLinesBetween(text, own.span().start(), to) > OWN_BLOCK_LINES) {
            return false;
        }
        int i = java.util.Arrays.binarySearch(nameStarts, to);
        int before = (i >= 0 ? i : -i - 1) - 1; // the last name starting before the phone
        return before < 0 || nameStarts[before] < own.span().start()
                && filledLinesBetween(text, nameStarts[before], own.span().start()) > SIGNER_ABOVE;
    }

    /** How far above the company's name a signature puts the signer: "山田 太郎 / 株式会社… / TEL", "Taro Yamada / Sales / Example Corp.". */
    private static final int SIGNER_ABOVE = 2;

    /** A company named in a sentence, 様 and a particle after it ("○○株式会社様からの見積"): not the affiliation of a name nearby. */
    private static boolean spokenOf(String text, Finding company) {
        int i = company.span().end();
        return i + 1 < text.length() && text.charAt(i) == '様' && "からよりのへにとがをは".indexOf(text.charAt(i + 1)) >= 0;
    }

    /** A value written inside a slash-separated identifier (an iCalendar PRODID, a URL path). */
    private static boolean inIdentifier(String text, Finding f) {
        int start = f.span().start();
        int end = f.span().end();
        return start > 0 && text.charAt(start - 1) == '/' || end < text.length() && text.charAt(end) == '/';
    }

    /** A name followed by 様, 殿 or 御中 is whom a letter is addressed to, not who signs it. */
    private static boolean addressee(String text, Finding name) {
        int i = name.span().end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return text.startsWith("様", i) || text.startsWith("殿", i) || text.startsWith("御中", i);
    }

    /** The line breaks between two places that end a line holding more than spaces. */
    private static int filledLinesBetween(String text, int from, int to) {
        int lines = 0;
        boolean filled = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += filled ? 1 : 0;
                filled = false;
            } else if (!Character.isWhitespace(c)) {
                filled = true;
            }
        }
        return lines;
    }

    private static boolean inside(Finding a, Finding b) {
        return a.span().start() >= b.span().start() && a.span().end() <= b.span().end();
    }

    private static String lineOf(String text, Finding f) {
        int s = text.lastIndexOf('\n', Math.max(0, f.span().start() - 1)) + 1;
        int e = text.indexOf('\n', f.span().end());
        return text.substring(s, e < 0 ? text.length() : e);
    }

    private static int linesApart(String text, Finding a, Finding b) {
        int from = Math.min(a.span().start(), b.span().start());
        int to = Math.max(a.span().start(), b.span().start());
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
