package io.leakscope.core.detect.jp;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.BaseRecognizer;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Phone numbers, Japanese numbering plan by default: fixed lines (03-1234-5678), mobiles (090/080/070),
 * IP phones (050), toll-free (0120), and international forms (+81 90 …, +1 …). Validation is
 * libphonenumber's ({@code Leniency.VALID}: the number is valid for its region's plan), on text
 * already NFKC-normalised so full-width digits work. Reference: ITU-T E.164; 総務省 電気通信番号計画.
 *
 * <p>Numbers labelled as a switchboard (代表) or fax are suppressed by context: they are a company's.
 */
public final class JapanesePhoneRecognizer extends BaseRecognizer {
    private static final double BASE_SCORE = 0.6;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final ContextWords CONTEXT = new ContextWords(
            List.of("電話", "tel", "携帯", "直通", "連絡先", "自宅", "phone", "mobile", "cell", "内線"),
            List.of("代表", "fax", "ファックス", "ファクス", "注文番号", "管理番号", "受付番号", "請求書番号", "伝票",
                    "法人番号", "order", "invoice", "serial", "シリアル", "型番"));




    public JapanesePhoneRecognizer() {
        super("jp.phone", Set.of(FindingType.PHONE), CONTEXT);
    }

    /**
     * Where a number can be: a whole run of digits and the separators people write them with,
     * as libphonenumber itself delimits candidates. It reads only these runs (with a character of
     * context each side, which its matcher checks): over a whole text full of amounts and codes its
     * search is the costliest step of detection. A run is taken whole, so that the last groups of
     * "6269 0605 8343 53" are not read as a number of their own.
     */
    private static final String SEPARATORS = "()+-. \u2010\u2011\u2012\u2013\u2014\u2015\u2212ー";
    /** The shortest run worth reading. */
    private static final int MIN_RUN = 8;
    /** The fewest digits of any valid number (a short Japanese or foreign one). */
    private static final int MIN_DIGITS = 7;

    @Override
    public List<Candidate> analyze(NormalizedText text) {
        String s = text.normalized();
        List<Candidate> out = new ArrayList<>();
        for (Run run : runsWorthReading(s)) {
            read(s, run.start(), run.end(), out);
        }
        return out;
    }

    /** A run of digits and separators: where a written number may be. */
    private record Run(int start, int end) {
    }

    /**
     * The runs that may hold a written number. Kept apart
     * from reading them: the loop over every character of a text is the hot one, and compiled with
     * libphonenumber's matcher inlined into it, it cost the just-in-time compiler seconds each time
     * a long text made it compile the loop again.
     */
    private static List<Run> runsWorthReading(String s) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!isPhoneChar(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && isPhoneChar(s.charAt(i))) {
                i++;
            }
            int digits;
            if (i - start >= MIN_RUN && (digits = digits(s, start, i)) >= MIN_DIGITS && mayHoldWrittenNumber(s, start, i, digits)) {
                runs.add(new Run(start, i));
            }
        }
        return runs;
    }

    private static boolean isPhoneChar(char c) {
        return PHONE_CHARS[c];
    }

    /** Per char, a digit or a separator: most characters of a text are tested, a search of SEPARATORS each costs more. */
    private static final boolean[] PHONE_CHARS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c = '0'; c <= '9'; c++) {
            PHONE_CHARS[c] = true;
        }
        for (char c : SEPARATORS.toCharArray()) {
            PHONE_CHARS[c] = true;
        }
    }

    /** libphonenumber over one run, with a character of context each side (its matcher checks them). */
    private static void read(String s, int start, int end, List<Candidate> out) {
        int from = Math.max(0, start - 1);
        int to = Math.min(s.length(), end + 1);
        for (PhoneNumberMatch m : UTIL.findNumbers(s.substring(from, to), "JP", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            if (plausibleWritten(m.rawString()) && !isLogId(s, from + m.start(), from + m.end())) {
                String e164 = UTIL.format(m.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
                out.add(new Candidate(FindingType.PHONE, from + m.start(), from + m.end(), e164, BASE_SCORE));
            }
        }
    }

    /**
     * A number kept by {@link #plausibleWritten} starts with + or ( — or with a 0 that opens a
     * group, followed by at least {@link #DOMESTIC_DIGITS} digits in all (the shortest Japanese
     * numbers written with their 0: 0120-123-456, 03-1234-5678). Runs of amounts, dates and
     * order numbers fail this at once, without libphonenumber.
     */
    private static boolean mayHoldWrittenNumber(String s, int from, int to, int digits) {
        int digitsLeft = digits; // from i to the run's end: counted down, not again from each 0 (runs of table cells are long)
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '+' || c == '(') {
                return true;
            }
            boolean groupStart = i == from || s.charAt(i - 1) < '0' || s.charAt(i - 1) > '9';
            if (c == '0' && groupStart && digitsLeft >= DOMESTIC_DIGITS) {
                return true;
            }
            if (c >= '0' && c <= '9') {
                digitsLeft--;
            }
        }
        return false;
    }

    private static final int DOMESTIC_DIGITS = 10;

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                n++;
            }
        }
        return n;
    }

    /**
     * A log line's queue or session id: right after the program's tag and before a colon of its own
     * ({@code postfix/qmgr[1187]: 0459663376: from=<…>}). Postfix's ids are hex digits; one of digits
     * alone that starts with 0 is shaped like a Japanese number.
     */
    private static boolean isLogId(String s, int start, int end) {
        int before = start;
        while (before > 0 && s.charAt(before - 1) == ' ') {
            before--;
        }
        return end < s.length() && s.charAt(end) == ':' && before >= 2 && s.charAt(before - 1) == ':' && s.charAt(before - 2) == ']';
    }

    /**
     * People write phone numbers with separators or a leading + / 0; an unbroken run of digits not
     * starting with 0 or + is far more often an id, an amount or a code.
     */
    private static boolean plausibleWritten(String raw) {
        return raw.startsWith("+") || raw.startsWith("0") || raw.startsWith("(");
    }
}
