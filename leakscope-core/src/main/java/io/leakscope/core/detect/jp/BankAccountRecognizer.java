package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Japanese bank accounts written out in running text: the bank (…銀行, 信用金庫, 信用組合, 労働金庫,
 * 農協), optionally the branch (…支店, 出張所, 本店, 営業部) or 店番, the account type (普通, 当座, 貯蓄)
 * and the seven-digit number, e.g. {@code みずほ銀行 渋谷支店 普通 1234567} (全銀協 format); and Japan
 * Post Bank accounts, {@code ゆうちょ銀行 記号 12345 番号 12345678}. The whole phrase is the value
 * (a notification letter names the bank and branch). Score 0.8: the four parts together are not
 * an order number. A labelled {@code 口座番号：…} is read by the labelled-field recognizer.
 */
public final class BankAccountRecognizer extends PatternRecognizer {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String BANK = "(?:みずほ|りそな|ゆうちょ|きらやか|じもと|[\\p{IsHan}\\p{IsKatakana}ーA-Za-z]{1,12})(?:銀行|信用金庫|信金|信用組合|労働金庫|農業協同組合|農協)";
    private static final String BRANCH = "(?:[\\p{IsHan}\\p{IsKatakana}ー\\p{IsHiragana}A-Za-z0-9]{1,12}(?:支店|出張所|本店|営業部)|本店)";

    public BankAccountRecognizer() {
        super("jp.bank_account", FindingType.BANK_ACCOUNT, List.of(
                NamedPattern.of("bank-branch-type-number", BANK + "\\s*(?:" + BRANCH + ")?\\s*(?:店番\\s*:?\\s*\\d{3}\\s*)?"
                        + "(?:普通|当座|貯蓄)(?:預金)?\\s*(?:口座)?\\s*(?:番号)?\\s*:?\\s*\\d{7}(?!\\d)", 0.8).within(64, "普通", "当座", "貯蓄"),
                NamedPattern.of("japan-post-bank", "(?:ゆうちょ銀行|ゆうちょ|郵便貯金)[^\\n\\d]{0,8}記号\\s*:?\\s*\\d{5}\\s*[・,、/]?\\s*番号\\s*:?\\s*\\d{6,8}(?!\\d)", 0.85).near("ゆうちょ", "郵便貯金")),
                ContextWords.NONE);
    }

    @Override
    protected Validity validate(String candidate) {
        return Validity.UNKNOWN;
    }

    @Override
    protected String normalize(String candidate) {
        return WHITESPACE.matcher(candidate.strip()).replaceAll(" ");
    }
}
