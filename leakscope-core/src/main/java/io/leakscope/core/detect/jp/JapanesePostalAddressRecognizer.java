package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.Anchors;
import io.leakscope.core.detect.BaseRecognizer;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese postal addresses: an optional postcode (〒123-4567, 7 digits as Japan Post assigns them),
 * a prefecture (都道府県), a municipality ending in 市/区/町/村/郡, and the rest of the line with the
 * block numbers (丁目・番地・号, Arabic or kanji numerals). The address ends at the line end, a tab,
 * two spaces, or a following TEL / FAX / mail label.
 *
 * <p>Patterns and base scores: {@code postcode+prefecture} 0.95 when Japan Post assigned the postcode to
 * the municipality written, 0.75 for an unknown postcode, 0.65 for a postcode of another municipality;
 * {@code prefecture+municipality+number}
 * 0.8 when the municipality is one of that prefecture's (JIS X 0402 list from Japan Post's postcode
 * data, {@link Municipalities}), else 0.55; {@code municipality+number} without prefecture 0.6 (a
 * known municipality, e.g. 横浜市中区…); {@code postcode-only} 0.4 (needs context). Validation: a
 * block number must be present for the full forms. Reference: Japan Post, 郵便番号・住所の書き方.
 */
public final class JapanesePostalAddressRecognizer extends BaseRecognizer {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String HYPHEN = "[-‐‑–—−ー]";
    private static final Pattern HYPHENS = Pattern.compile(HYPHEN);
    private static final Pattern WITH_POSTCODE = Pattern.compile(
            "〒?\\s*(\\d{3})" + HYPHEN + "?(\\d{4})\\s*(?=" + Prefectures.ALTERNATION + ")");
    private static final Pattern PREFECTURE_FIRST = Pattern.compile(
            "(?<pref>" + Prefectures.ALTERNATION + ")[^\\s,、。]{1,12}?[市区町村郡]");
    private static final Municipalities MUNICIPALITIES = Municipalities.get();
    private static final List<String> PREFECTURE_ENDINGS = List.of("都", "道", "府", "県");
    /** A postcode, its spacing and the longest prefecture name fit well within this reach of the ending. */
    private static final int REACH = 24;
    private static final Pattern POSTCODE_ONLY = Pattern.compile("〒\\s*(\\d{3})" + HYPHEN + "(\\d{4})(?!\\d)");
    private static final Pattern STOP = Pattern.compile(
            "\\t| {2}|(?i:tel|fax|phone|e-?mail|mail)|電話|携帯|メール|ファックス|\\(代表\\)");
    private static final Pattern BLOCK_NUMBER = Pattern.compile("\\d|[一二三四五六七八九十]+(?:丁目|番|号)|番地");
    private static final ContextWords CONTEXT = new ContextWords(
            List.of("住所", "address", "所在地", "配送先", "お届け先", "送付先", "〒"),
            List.of());

    public JapanesePostalAddressRecognizer() {
        super("jp.postal_address", Set.of(FindingType.POSTAL_ADDRESS), CONTEXT);
    }

    @Override
    public List<Candidate> analyze(NormalizedText text) {
        String s = text.normalized();
        List<Candidate> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        // Every address names a prefecture, and every prefecture ends in 都, 道, 府 or 県: the two
        // patterns led by one run only near those characters.
        List<int[]> regions = Anchors.regions(text, PREFECTURE_ENDINGS, REACH);
        Matcher m = WITH_POSTCODE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] region : regions) {
            m.region(region[0], region[1]);
            while (m.find()) {
                withPostcode(s, m, out, taken);
            }
        }
        m = PREFECTURE_FIRST.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] region : regions) {
            m.region(region[0], region[1]);
            while (m.find()) {
                prefectureFirst(s, m, out, taken);
            }
        }
        addMunicipalityFirst(s, out, taken);
        int firstMark = s.indexOf('〒'); // every postcode alone starts with one
        if (firstMark >= 0) {
            addPostcodesAlone(s, firstMark, out, taken);
        }
        return out;
    }

    private static void addPostcodesAlone(String s, int from, List<Candidate> out, List<int[]> taken) {
        Matcher m = POSTCODE_ONLY.matcher(s).region(from, s.length());
        while (m.find()) {
            if (!overlaps(taken, m.start())) {
                out.add(new Candidate(FindingType.POSTAL_ADDRESS, m.start(), m.end(),
                        m.group(1) + "-" + m.group(2), 0.4));
            }
        }
    }

    private static void withPostcode(String s, Matcher m, List<Candidate> out, List<int[]> taken) {
        int end = addressEnd(s, m.end());
        String body = s.substring(m.end(), end);
        if (BLOCK_NUMBER.matcher(body).find()) {
            String value = m.group(1) + "-" + m.group(2) + " " + canonical(body);
            out.add(new Candidate(FindingType.POSTAL_ADDRESS, m.start(), end, value, postcodeScore(m.group(1) + m.group(2), s, m.end())));
            taken.add(new int[] {m.start(), end});
        }
    }

    private static void prefectureFirst(String s, Matcher m, List<Candidate> out, List<int[]> taken) {
        if (overlaps(taken, m.start())) {
            return;
        }
        int end = addressEnd(s, m.end());
        String body = s.substring(m.start(), end);
        if (BLOCK_NUMBER.matcher(s.substring(m.end(), end)).find()) {
            boolean known = MUNICIPALITIES.at(s, m.start() + m.group("pref").length(), m.group("pref")).isPresent();
            out.add(new Candidate(FindingType.POSTAL_ADDRESS, m.start(), end, canonical(body), known ? 0.8 : 0.55));
            taken.add(new int[] {m.start(), end});
        }
    }

    /**
     * 0.95 when Japan Post assigned the postcode to the municipality written after it, 0.75 when the
     * postcode is unknown (new, or a typo), 0.65 when it belongs elsewhere.
     */
    private static double postcodeScore(String postcode, String s, int prefectureStart) {
        var assigned = MUNICIPALITIES.ofPostcode(postcode);
        if (assigned.isEmpty()) {
            return 0.75;
        }
        int afterPrefecture = prefectureStart + assigned.get().prefecture().length();
        boolean same = s.startsWith(assigned.get().prefecture(), prefectureStart)
                && s.startsWith(assigned.get().name(), afterPrefecture);
        return same ? 0.95 : 0.65;
    }

    /** Addresses that start with a known municipality without their prefecture: 横浜市中区山下町1-2. */
    private static void addMunicipalityFirst(String s, List<Candidate> out, List<int[]> taken) {
        BitSet starts = MUNICIPALITIES.mayStartAt(s);
        for (int i = starts.nextSetBit(0); i >= 0; i = starts.nextSetBit(i + 1)) {
            if (i > 0 && HAN[s.charAt(i - 1)] || overlaps(taken, i)) {
                continue;
            }
            var found = MUNICIPALITIES.at(s, i, null);
            if (found.isEmpty()) {
                continue;
            }
            int after = i + found.get().name().length();
            int end = addressEnd(s, after);
            if (end - after >= 3 && BLOCK_NUMBER.matcher(s.substring(after, end)).find()) {
                out.add(new Candidate(FindingType.POSTAL_ADDRESS, i, end, canonical(s.substring(i, end)), 0.6));
                taken.add(new int[] {i, end});
                i = end;
            }
        }
    }

    /** Per char, whether it is a Han character: {@link Character.UnicodeScript#of} searches a table of ranges each time. */
    private static final boolean[] HAN = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            HAN[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }

    private static boolean overlaps(List<int[]> taken, int pos) {
        for (int[] t : taken) {
            if (pos >= t[0] && pos < t[1]) {
                return true;
            }
        }
        return false;
    }

    private static int addressEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        int lineEnd = nl < 0 ? s.length() : nl;
        Matcher stop = STOP.matcher(s).region(from, lineEnd);
        int end = stop.find() ? stop.start() : lineEnd;
        end = clauseEnd(s, from, Math.min(end, from + 80));
        while (end > from && (Character.isWhitespace(s.charAt(end - 1)) || ",、/|".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    /**
     * Where the address's clause ends before {@code end}: at 。 or 、, or at a closing bracket the
     * address did not open ("渡部富哉さん(東京都三鷹市)が今年8月、…": the address is inside the brackets);
     * a building's "(3階)" stays part of it.
     */
    private static int clauseEnd(String s, int from, int end) {
        int open = 0;
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '、') {
                return i;
            } else if (c == '(' || c == '「') {
                open++;
            } else if (c == ')' || c == '」') {
                if (open == 0) {
                    return i;
                }
                open--;
            }
        }
        return end;
    }

    /** Canonical form for comparison: no spaces, hyphen variants as '-'. */
    public static String canonical(String address) {
        return HYPHENS.matcher(WHITESPACE.matcher(address).replaceAll("")).replaceAll("-");
    }
}
