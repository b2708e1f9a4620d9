package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.checksum.CheckDigitRecognizer;
import io.leakscope.core.detect.checksum.Checksums;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * Payment card numbers (PAN, ISO/IEC 7812): 13–19 digits, optionally grouped by spaces or dashes.
 * Validation: Luhn check digit and an issuer range with its lengths — Visa 4 (13, 16, 19),
 * Mastercard 51–55 and 2221–2720 (16), American Express 34/37 (15), JCB 3528–3589 (16–19),
 * Diners 300–305/36/38 (14), Discover 6011/644–649/65 (16–19), UnionPay 62 (16–19).
 * A valid number scores 0.45: a label (カード番号, クレジット, card …) is needed to report it, and
 * serial / order / JAN context suppresses it, since one random number in ten passes Luhn.
 */
public final class PaymentCardRecognizer extends CheckDigitRecognizer {

    public PaymentCardRecognizer() {
        super("global.payment_card", FindingType.CREDIT_CARD,
                List.of(NamedPattern.of("grouped-or-plain", "(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])", 0.3).aroundDigits(13)),
                new ContextWords(List.of("カード", "クレジット", "card", "visa", "master", "amex", "jcb", "決済", "有効期限"),
                        List.of("注文", "シリアル", "serial", "型番", "jan", "ean", "請求書", "invoice", "order", "管理番号",
                                "伝票", "tracking", "追跡", "法人番号")),
                d -> Checksums.luhn(d) && issuerAccepts(d), 0.45);
    }

    static boolean issuerAccepts(String d) {
        int len = d.length();
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p3 = Integer.parseInt(d.substring(0, 3));
        int p4 = Integer.parseInt(d.substring(0, 4));
        if (d.charAt(0) == '4') {
            return len == 13 || len == 16 || len == 19;
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return len == 16;
        }
        if (p2 == 34 || p2 == 37) {
            return len == 15;
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return len >= 16 && len <= 19;
        }
        if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38) {
            return len == 14;
        }
        if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || p2 == 62) {
            return len >= 16 && len <= 19;
        }
        return false;
    }
}
