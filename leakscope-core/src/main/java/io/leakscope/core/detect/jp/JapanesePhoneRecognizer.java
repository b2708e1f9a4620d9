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

    @Override
    public List<Candidate> analyze(NormalizedText text) {
        List<Candidate> out = new ArrayList<>();
        String s = text.normalized();
        for (PhoneNumberMatch m : UTIL.findNumbers(s, "JP", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            if (!plausibleWritten(m.rawString())) {
                continue;
            }
            String e164 = UTIL.format(m.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
            out.add(new Candidate(FindingType.PHONE, m.start(), m.end(), e164, BASE_SCORE));
        }
        return out;
    }

    /**
     * People write phone numbers with separators or a leading + / 0; an unbroken run of digits not
     * starting with 0 or + is far more often an id, an amount or a code.
     */
    private static boolean plausibleWritten(String raw) {
        return raw.startsWith("+") || raw.startsWith("0") || raw.startsWith("(");
    }
}
