package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.detect.BaseRecognizer;
import io.leakscope.core.detect.jp.SegmentTokenizer.Tokens;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.Names;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Japanese personal names in kanji or kana, found with Kuromoji's morphological analysis (IPADIC
 * part-of-speech 名詞-固有名詞-人名-姓 / -名):
 * <ul>
 *   <li>{@code surname+given} — a 姓 token followed by a 名 token, optionally one space apart (0.75);
 *       a place-name token (福井, 長沢 — often surnames) followed by a 名 token (0.6);</li>
 *   <li>{@code surname+honorific} — a 姓 token, a short unknown kanji/kana word, then 様/さん/殿/氏/君 (0.6);</li>
 *   <li>{@code master} — a token-aligned run equal to a name of the case's master data (0.9).</li>
 * </ul>
 * Context: labels such as 氏名 / 担当 / 名前 / 様 raise the score.
 */
public final class JapaneseNameRecognizer extends BaseRecognizer {
    private static final String SURNAME = "名詞-固有名詞-人名-姓";
    private static final String GIVEN = "名詞-固有名詞-人名-名";
    /** Many surnames are place names too (福井, 長沢); IPADIC often prefers the place reading. */
    private static final String PLACE = "名詞-固有名詞-地域";
    private static final Set<String> HONORIFICS = Set.of("様", "さん", "殿", "氏", "君", "さま");
    private static final int MAX_TOKENS_IN_NAME = 4;
    private static final String BULLETS = "・•●○■□◆◇-*";
    private static final String OPENING = "([{";
    private static final String CLOSING = ")]}";
    private static final ContextWords CONTEXT = new ContextWords(
            List.of("氏名", "名前", "担当", "様", "殿", "宛", "社員", "従業員", "応募者", "差出人", "from", "to", "cc", "name"),
            List.of("株式会社", "駅", "通り", "ビル"));

    /**
     * Token keys by surface, per thread, across documents: {@link Names#key} normalises (NFKC, variant
     * kanji, kana) and business text repeats its words, so most keys are computed once per scan.
     */
    private static final ThreadLocal<Map<String, String>> KEYS = ThreadLocal.withInitial(HashMap::new);
    private static final int MAX_CACHED_KEYS = 100_000; // about 15 MB a thread

    private final KnownNames known;

    private final boolean keepNumbers;

    public JapaneseNameRecognizer(KnownNames known) {
        this(known, false);
    }

    private JapaneseNameRecognizer(KnownNames known, boolean keepNumbers) {
        super("jp.person_name", Set.of(FindingType.PERSON_NAME), CONTEXT);
        this.known = known;
        this.keepNumbers = keepNumbers;
    }

    /** For tests: the recognizer reading the tokens of numbers too, as it did before they were left out. */
    static JapaneseNameRecognizer keepingNumbers(KnownNames known) {
        return new JapaneseNameRecognizer(known, true);
    }

    @Override
    public List<Candidate> analyze(NormalizedText text) {
        String s = text.normalized();
        // A number is never a part of speech of a name, and the text between two tokens decides whether they
        // are adjacent: without master names holding a digit, the tokens of numbers change nothing.
        Tokens tokens = tokenize(s, keepNumbers || known.anyHoldsDigit());
        List<Candidate> out = new ArrayList<>();
        BitSet covered = new BitSet(); // where master names start: no rule reads a name there again
        addMasterNames(s, tokens, out, covered);
        for (int a = 0; a + 1 < tokens.size(); a++) {
            boolean surname = tokens.is(a, SURNAME);
            if (!surname && !tokens.is(a, PLACE) || covered.get(tokens.start(a))) {
                continue;
            }
            int b = a + 1;
            if (gap(s, tokens, a, b) > 1) {
                continue;
            }
            if (tokens.is(b, GIVEN) && !NOT_A_PERSON_AFTER.matcher(surface(s, tokens, b)).find()) {
                addUnlessInstitution(out, s, tokens.start(a), tokens.end(b), surname ? 0.75 : 0.6);
            } else if (!surname) {
                continue;
            } else if (b + 1 < tokens.size() && looksLikeGivenName(s, tokens, b)
                    && HONORIFICS.contains(surface(s, tokens, b + 1)) && gap(s, tokens, b, b + 1) == 0) {
                addUnlessInstitution(out, s, tokens.start(a), tokens.end(b), 0.6);
            }
        }
        return out;
    }

    /** Token-aligned runs of up to four tokens whose key is a master name. */
    private void addMasterNames(String s, Tokens tokens, List<Candidate> out, BitSet covered) {
        if (known.size() == 0) {
            return;
        }
        Map<String, String> keys = KEYS.get();
        if (keys.size() > MAX_CACHED_KEYS) {
            keys.clear();
        }
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.start(i);
            int end = tokens.end(i);
            if (!known.mayStartName(s.charAt(start)) || end == s.length()) {
                continue; // most words: no key needed
            }
            String first = keys.computeIfAbsent(s.substring(start, end), Names::key);
            if (first.isEmpty() || !known.mayStartWith(first.charAt(0))
                    || Names.keyStartsWithWord(first, s.charAt(end)) && !known.mayBeginWith(first)
                    || Names.startsAfresh(s.charAt(end)) && !known.mayBeginWithLatinWord(first, Names.separatesLatinWords(s.charAt(end)))) {
                continue; // no master name starts like this word: no key of a longer run needed
            }
            for (int j = Math.min(tokens.size() - 1, i + MAX_TOKENS_IN_NAME - 1); j > i; j--) {
                if (tokens.end(j) - start > known.maxLength() + 3 || gap(s, tokens, j - 1, j) > 1) {
                    continue;
                }
                String surface = s.substring(start, tokens.end(j));
                if (known.containsKey(keys.computeIfAbsent(surface, Names::key))) {
                    out.add(candidate(s, start, tokens.end(j), 0.9));
                    covered.set(start);
                    i = j;
                    break;
                }
            }
        }
    }

    /** A "name" that is the first part of an institution or place: 福田大学, 山田商事, 中村区. */
    private static final java.util.regex.Pattern NOT_A_PERSON_AFTER = java.util.regex.Pattern.compile(
            "^(?:大学|高校|高等学校|中学|小学校|学園|学院|病院|医院|銀行|商事|商店|工業|電機|産業|会社|株式会社|ビル|駅|市|町|村|区|郡|県|通り|公園|神社|寺)");

    private static boolean institution(String s, int end) {
        return NOT_A_PERSON_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 6))).find();
    }

    private static void addUnlessInstitution(List<Candidate> out, String s, int start, int end, double score) {
        if (!institution(s, end)) {
            out.add(candidate(s, start, end, score));
        }
    }

    private static Candidate candidate(String s, int start, int end, double score) {
        return new Candidate(FindingType.PERSON_NAME, start, end, Names.display(s.substring(start, end)), score);
    }

    /** Characters between token a and token b, when they are all whitespace; otherwise {@code Integer.MAX_VALUE}. */
    private static int gap(String s, Tokens tokens, int a, int b) {
        int g = tokens.start(b) - tokens.end(a);
        if (g < 0) {
            return Integer.MAX_VALUE;
        }
        for (int i = tokens.end(a); i < tokens.start(b); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return Integer.MAX_VALUE;
            }
        }
        return g;
    }

    private static String surface(String s, Tokens tokens, int i) {
        return s.substring(tokens.start(i), tokens.end(i));
    }

    private static boolean looksLikeGivenName(String s, Tokens tokens, int i) {
        String w = surface(s, tokens, i);
        if (w.isEmpty() || w.length() > 3 || tokens.is(i, "助詞") || tokens.is(i, "助動詞") || tokens.is(i, "記号")) {
            return false;
        }
        return w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
    }

    /**
     * The text as the tokenizer gets it, one char for one so offsets are unchanged. Kuromoji segments
     * Japanese next to ASCII punctuation badly ("者:高橋" comes out as 高/橋), so ASCII brackets become
     * 「」 and other ASCII punctuation a space. Not full-width forms: Kuromoji caches its dictionary's
     * first characters only for U+3040–U+9FFF, and each full-width form (U+FF01…) costs a bit count
     * over the dictionary's whole first level; that doubled the tokenizer's time on business text
     * (docs/PERFORMANCE.md). A bullet opening a line (・長沢 一輝) makes it read the name as a place
     * name, so it becomes an ideographic space.
     */
    static String tokenizerInput(String s) {
        return new String(tokenizerChars(s));
    }

    private static char[] tokenizerChars(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if ((i == 0 || c[i - 1] == '\n') && BULLETS.indexOf(c[i]) >= 0) {
                c[i] = '\u3000';
            } else if (c[i] < ASCII_INPUT.length) {
                c[i] = ASCII_INPUT[c[i]];
            }
        }
        return c;
    }

    /** What each ASCII character becomes in the tokenizer's input. */
    private static final char[] ASCII_INPUT = asciiInput();

    private static char[] asciiInput() {
        char[] input = new char[0x80];
        for (char c = 0; c < input.length; c++) {
            boolean letterOrDigit = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            if (OPENING.indexOf(c) >= 0) {
                input[c] = '「';
            } else if (CLOSING.indexOf(c) >= 0) {
                input[c] = '」';
            } else {
                input[c] = c > ' ' && c < 0x7f && !letterOrDigit ? ' ' : c;
            }
        }
        return input;
    }

    /** Forgets the segments of text this thread remembered (benchmarks measure text seen for the first time). */
    public static void forgetSegments() {
        SegmentTokenizer.forget();
    }

    static Tokens tokenize(String s) {
        return tokenize(s, true);
    }

    private static Tokens tokenize(String s, boolean numbers) {
        return SegmentTokenizer.tokenize(tokenizerChars(s), numbers);
    }
}
