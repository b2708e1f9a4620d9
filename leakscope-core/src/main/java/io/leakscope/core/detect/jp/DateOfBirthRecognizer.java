package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.Anchors;
import io.leakscope.core.detect.BaseRecognizer;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.CharPairs;
import io.leakscope.core.text.NormalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Dates of birth. Any date is a candidate at a low base score (0.3): only a label such as 生年月日 /
 * 誕生日 / DOB / date of birth lifts it over the reporting threshold, since documents are full of
 * other dates; a date followed by 生 / 生まれ or an age in brackets is a birth date without a label
 * (0.85). Formats: see {@link JapaneseDates}. So dates are searched for only near a label or a
 * birth marker (business documents hold dates on every line). Validation: a real calendar date between 1900 and
 * today. The value is ISO-8601 (yyyy-MM-dd).
 */
public final class DateOfBirthRecognizer extends BaseRecognizer {
    private static final double BASE_SCORE = 0.3;
    private static final ContextWords CONTEXT = new ContextWords(
            List.of("生年月日", "誕生日", "生まれ", "date of birth", "dob", "birth", "born"),
            List.of("入社", "退職", "発行", "購入", "注文", "有効期限", "hire", "issued", "expiry", "order"));
    /** What marks a date as a birth date without a label: 昭和60年1月23日生, 1985年1月23日生まれ, …（38歳）. */
    private static final Pattern BIRTH_SUFFIX = Pattern.compile("\\s*(?:生まれ|生(?!\\p{IsHan})|誕生|\\(\\s*満?\\s*\\d{1,3}\\s*歳\\s*\\))");
    private static final double SUFFIX_SCORE = 0.85;
    /**
     * Every birth date that can reach the threshold has one of these near it: a label (within the
     * context window before it) or a marker right after it — for 生, only where it is part of one
     * ({@link #marksBirth}). The English ones are searched in {@link NormalizedText#lowerCase}, built
     * only when the text may hold one of them in some case ({@link CharPairs#mayContainIgnoringCase}).
     */
    private static final List<String> JAPANESE_ANCHORS = List.of("生", "歳");
    private static final List<String> ENGLISH_ANCHORS = List.of("birth", "born", "dob");
    private static final List<String> ANCHORS = Stream.concat(JAPANESE_ANCHORS.stream(), ENGLISH_ANCHORS.stream()).toList();
    /** The context window before a date plus the longest date (令和 元 年 12 月 31 日 …). */
    private static final int REACH = 72;

    private final boolean anchored;

    public DateOfBirthRecognizer() {
        this(true);
    }

    private DateOfBirthRecognizer(boolean anchored) {
        super("jp.date_of_birth", Set.of(FindingType.DATE_OF_BIRTH), CONTEXT);
        this.anchored = anchored;
    }

    /** Searching the whole text for dates: what the anchored search must find (tests). */
    static DateOfBirthRecognizer searchingEverywhere() {
        return new DateOfBirthRecognizer(false);
    }

    @Override
    public List<Candidate> analyze(NormalizedText text) {
        List<Candidate> out = new ArrayList<>();
        String s = text.normalized();
        Matcher m = JapaneseDates.ANY.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] region : regions(text)) {
            m.region(region[0], region[1]);
            while (m.find()) {
                Optional<LocalDate> d = JapaneseDates.parse(m).filter(DateOfBirthRecognizer::plausible);
                double score = BIRTH_SUFFIX.matcher(s).region(m.end(), s.length()).lookingAt() ? SUFFIX_SCORE : BASE_SCORE;
                d.ifPresent(date -> out.add(new Candidate(FindingType.DATE_OF_BIRTH, m.start(), m.end(), date.toString(), score)));
            }
        }
        return out;
    }

    private List<int[]> regions(NormalizedText text) {
        if (!anchored) {
            return List.of(new int[] {0, text.normalized().length()});
        }
        // the English anchors need the lower-case copy of the text; most texts hold none of them in any case
        boolean english = ENGLISH_ANCHORS.stream().anyMatch(text.charPairs()::mayContainIgnoringCase);
        String s = english ? text.lowerCase() : text.normalized();
        return Anchors.regions(s, english ? ANCHORS : JAPANESE_ANCHORS, REACH, (anchor, at) -> !anchor.equals("生") || marksBirth(s, at));
    }

    /**
     * Whether this 生 belongs to a label (生年月日, 誕生日, 生まれ) or a birth marker (生 after a date,
     * not followed by a kanji; 誕生). Not in 生産 or 発生, which business text is full of: dates near
     * them could only score {@link #BASE_SCORE}, under the threshold.
     */
    private static boolean marksBirth(String s, int at) {
        int next = at + 1;
        return s.startsWith("生年月日", at) || at > 0 && s.charAt(at - 1) == '誕'
                || next >= s.length() || Character.UnicodeScript.of(s.codePointAt(next)) != Character.UnicodeScript.HAN;
    }

    @Override
    public Optional<Candidate> matchWhole(String value) {
        return JapaneseDates.parse(NormalizedText.of(value).normalized())
                .filter(DateOfBirthRecognizer::plausible)
                .map(d -> new Candidate(FindingType.DATE_OF_BIRTH, 0, value.length(), d.toString(), 0.9));
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= 1900 && !d.isAfter(LocalDate.now());
    }
}
