package io.leakscope.core.detect.global;

import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.detect.BaseRecognizer;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.Names;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal names in Latin script: two or three capitalised words ("Maria Schmidt", "YAMADA Taro",
 * "Li Wei", "Bryanna VonRueden", "Sean O'Brien"). Linguistic rules alone cannot tell a name from a product or a place, so a candidate
 * needs either a master-data match ({@code master}, 0.9) or a label such as Name: / Dear / Mr. /
 * 氏名 / From: before it ({@code capitalised-words}, base 0.45 + context). Words that belong to
 * company names, titles and headings make a candidate INVALID.
 */
public final class LatinNameRecognizer extends BaseRecognizer {
    private static final Pattern SPACES = Pattern.compile("[ ]+");
    /** Tried only where a word starts with a capital ({@link #nextWordStart}). */
    private static final String WORD = "(?:[A-Z][a-z]*'?[A-Z][a-z]+|[A-Z][a-z]+)(?:-[A-Z][a-z]+)?"; // Maria, McDonald, VonRueden, O'Brien, Smith-Jones
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?:" + WORD + "|[A-Z]{2,})(?:[ ]+(?:[A-Z]\\.|" + WORD + "|[A-Z]{2,})){1,2}(?![A-Za-z])");
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "inc", "ltd", "co", "corp", "corporation", "company", "llc", "gmbh", "group", "limited", "holdings",
            "department", "dept", "division", "team", "office", "sales", "support", "service", "services",
            "the", "and", "of", "for", "to", "from", "re", "fw", "fwd", "subject", "date", "dear", "regards",
            "best", "thank", "thanks", "you", "please", "meeting", "report", "project", "manager", "director",
            "tokyo", "osaka", "japan", "street", "road", "avenue", "city", "tower", "building", "center",
            "centre", "university", "school", "bank", "hospital", "total", "name", "email", "phone", "address",
            "id", "no", "tel", "fax", "mr", "ms", "mrs", "dr", "hr", "it", "ceo", "cto", "cfo", "usa", "uk",
            "pdf", "xlsx", "csv", "docx", "account", "password", "user", "login", "position", "grade", "human", "resources",
            "sincerely", "yours", "faithfully", "payroll", "finance", "legal", "administration", "committee");
    private static final ContextWords CONTEXT = new ContextWords(
            List.of("name", "dear", "mr.", "ms.", "mrs.", "dr.", "from:", "to:", "cc:", "氏名", "担当", "regards",
                    "sincerely", "contact", "employee", "applicant"),
            List.of());

    private final KnownNames known;

    public LatinNameRecognizer(KnownNames known) {
        super("global.latin_name", Set.of(FindingType.PERSON_NAME), CONTEXT);
        this.known = known;
    }

    @Override
    public List<Candidate> analyze(NormalizedText text) {
        List<Candidate> out = new ArrayList<>();
        if (!text.charPairs().containsPair(' ', ' ', 'A', 'Z')) {
            return out; // every candidate has a second word: a space, then a capital
        }
        String s = text.normalized();
        Matcher m = CANDIDATE.matcher(s);
        for (int i = nextWordStart(s, 0); i < s.length(); i = nextWordStart(s, i + 1)) {
            if (!m.region(i, s.length()).lookingAt()) {
                continue;
            }
            String name = m.group();
            if (hasNonNameWord(name)) {
                continue; // "Dear Gene Volkman": the name may start at the next word
            }
            i = m.end() - 1;
            double score = known.contains(name) ? 0.9 : 0.45;
            out.add(new Candidate(FindingType.PERSON_NAME, m.start(), m.end(), Names.display(name), score));
        }
        return out;
    }

    /**
     * The next capital letter from {@code from} that starts a word. Trying the pattern only there,
     * not at every character, keeps it off the Japanese text, digits and lower-case words around.
     */
    private static int nextWordStart(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' && (i == 0 || !isAsciiLetter(s.charAt(i - 1)))) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean hasNonNameWord(String name) {
        for (String w : SPACES.split(name)) {
            if (NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
                return true;
            }
        }
        return false;
    }
}
