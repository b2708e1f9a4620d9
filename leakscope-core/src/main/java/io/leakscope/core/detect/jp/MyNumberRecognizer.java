package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.checksum.CheckDigitRecognizer;
import io.leakscope.core.detect.checksum.Checksums;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * Japan's Individual Number (マイナンバー / 個人番号): 12 digits, written plain or as 4-4-4, the last a
 * check digit ({@link Checksums#myNumber}). A 13-digit 法人番号 is a company's and never matches
 * (digit boundaries). One random 12-digit number in eleven passes the check, so a valid number
 * scores 0.45 and needs a label (マイナンバー, 個人番号, My Number) to be reported; invoice, order and
 * serial context suppresses it.
 */
public final class MyNumberRecognizer extends CheckDigitRecognizer {

    public MyNumberRecognizer() {
        super("jp.my_number", FindingType.MY_NUMBER,
                List.of(NamedPattern.of("12-digits", "(?<![\\d-])\\d{4}[ -]?\\d{4}[ -]?\\d{4}(?![\\d-])", 0.2).aroundDigits(12)),
                new ContextWords(List.of("マイナンバー", "個人番号", "my number", "mynumber", "individual number", "番号カード"),
                        List.of("注文", "請求書", "invoice", "order", "シリアル", "serial", "伝票", "管理番号", "法人番号", "口座")),
                Checksums::myNumber, 0.45);
    }
}
