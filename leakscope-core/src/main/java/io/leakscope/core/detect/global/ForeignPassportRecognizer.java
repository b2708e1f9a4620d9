package io.leakscope.core.detect.global;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;
import java.util.Optional;

/**
 * Passport numbers of other countries, found by their label only: the formats (US and UK nine
 * digits, China E/G + eight digits, Korea M + eight digits, India a letter + seven digits, EU
 * mixes) share nothing a pattern could tell from an order or serial number, so the base score 0.15
 * is reported only after a passport label (passport, 旅券, パスポート, 护照, 여권, pasaporte, reisepass).
 * No check digit is printed outside the machine-readable zone (UNKNOWN).
 */
public final class ForeignPassportRecognizer extends PatternRecognizer {
    /**
     * Its base score passes the threshold only with a passport label in the context window, so the
     * pattern runs only near one (any number in a sales table would otherwise be a candidate).
     */
    private static final int CONTEXT_WINDOW = 96;

    public ForeignPassportRecognizer() {
        super("global.passport", FindingType.PASSPORT_NUMBER, List.of(
                NamedPattern.of("passport", "(?<![A-Za-z0-9-])(?=[A-Z0-9]{6,9}(?![A-Za-z0-9-]))[A-Z]{0,2}\\d{6,9}(?![A-Za-z0-9-])", 0.15)
                        .within(CONTEXT_WINDOW, "passport", "Passport", "PASSPORT", "旅券", "パスポート", "护照", "護照", "여권",
                                "pasaporte", "Pasaporte", "passeport", "Passeport", "reisepass", "Reisepass")),
                new ContextWords(List.of("passport", "旅券", "パスポート", "护照", "護照", "여권", "pasaporte", "passeport", "reisepass"),
                        List.of("型番", "品番", "注文", "serial", "order", "invoice", "tel", "電話", "fax")));
    }

    /** Its format says nothing by itself, so it never names the kind of a generically labelled number. */
    @Override
    public Optional<WholeMatch> wholeMatch(String value) {
        return Optional.empty();
    }

    @Override
    protected Validity validate(String candidate) {
        return Validity.UNKNOWN;
    }
}
