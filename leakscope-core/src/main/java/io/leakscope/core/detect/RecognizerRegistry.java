package io.leakscope.core.detect;

import io.leakscope.core.detect.common.CredentialRecognizer;
import io.leakscope.core.detect.common.EmailRecognizer;
import io.leakscope.core.detect.common.LoginIdRecognizer;
import io.leakscope.core.detect.global.ForeignPassportRecognizer;
import io.leakscope.core.detect.global.SingaporeNricRecognizer;
import io.leakscope.core.detect.jp.BankAccountRecognizer;
import io.leakscope.core.detect.jp.HealthInsuranceRecognizer;
import io.leakscope.core.detect.jp.PensionNumberRecognizer;
import io.leakscope.core.detect.global.AadhaarRecognizer;
import io.leakscope.core.detect.global.ChineseResidentIdRecognizer;
import io.leakscope.core.detect.global.IndianPanRecognizer;
import io.leakscope.core.detect.global.KoreanRrnRecognizer;
import io.leakscope.core.detect.global.SwiftBicRecognizer;
import io.leakscope.core.detect.global.ThaiNationalIdRecognizer;
import io.leakscope.core.detect.global.UkNinoRecognizer;
import io.leakscope.core.detect.global.UsSsnRecognizer;
import io.leakscope.core.detect.common.LabelledFieldRecognizer;
import io.leakscope.core.detect.global.IbanRecognizer;
import io.leakscope.core.detect.global.LatinNameRecognizer;
import io.leakscope.core.detect.global.PaymentCardRecognizer;
import io.leakscope.core.detect.jp.CompanyNameRecognizer;
import io.leakscope.core.detect.jp.DateOfBirthRecognizer;
import io.leakscope.core.detect.jp.DriversLicenceRecognizer;
import io.leakscope.core.detect.jp.JapaneseNameRecognizer;
import io.leakscope.core.detect.jp.JapanesePhoneRecognizer;
import io.leakscope.core.detect.jp.JapanesePostalAddressRecognizer;
import io.leakscope.core.detect.jp.MyNumberRecognizer;
import io.leakscope.core.detect.jp.PassportNumberRecognizer;
import io.leakscope.core.detect.jp.ResidenceCardRecognizer;
import io.leakscope.core.detect.jp.SpecialCareRecognizer;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.Span;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles the recognizers, runs them over a text, applies context and keeps the findings above
 * the reporting threshold. Where candidates of the same type overlap, the best-scoring one wins.
 * A new recognizer is added in {@link #standard}.
 */
public final class RecognizerRegistry {
    public static final double MIN_SCORE = 0.5;

    private final List<Recognizer> recognizers;
    private final ContextEnhancer enhancer = new ContextEnhancer();

    public RecognizerRegistry(List<Recognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    /** The standard set, with the case's master-data names as known names. */
    public static RecognizerRegistry standard(KnownNames known) {
        return new RecognizerRegistry(List.of(
                new EmailRecognizer(),
                new JapanesePhoneRecognizer(),
                new JapanesePostalAddressRecognizer(),
                new DateOfBirthRecognizer(),
                new JapaneseNameRecognizer(known),
                new LatinNameRecognizer(known),
                new CompanyNameRecognizer(),
                new MyNumberRecognizer(),
                new PaymentCardRecognizer(),
                new IbanRecognizer(),
                new BankAccountRecognizer(),
                new PassportNumberRecognizer(),
                new ForeignPassportRecognizer(),
                new DriversLicenceRecognizer(),
                new ResidenceCardRecognizer(),
                new HealthInsuranceRecognizer(),
                new PensionNumberRecognizer(),
                new UsSsnRecognizer(),
                new UkNinoRecognizer(),
                new ChineseResidentIdRecognizer(),
                new IndianPanRecognizer(),
                new AadhaarRecognizer(),
                new KoreanRrnRecognizer(),
                new ThaiNationalIdRecognizer(),
                new SingaporeNricRecognizer(),
                new SwiftBicRecognizer(),
                new CredentialRecognizer(),
                new LoginIdRecognizer(),
                new SpecialCareRecognizer(),
                new LabelledFieldRecognizer()));
    }

    public List<Recognizer> recognizers() {
        return recognizers;
    }

    /** The first recognizer that handles the type, if any (used to validate typed table cells). */
    public Optional<Recognizer> forType(FindingType type) {
        return recognizers.stream().filter(r -> r.types().size() == 1 && r.types().contains(type)).findFirst();
    }

    public List<Finding> analyze(NormalizedText text) {
        List<Finding> all = new ArrayList<>();
        for (Recognizer r : recognizers) {
            for (Candidate c : r.analyze(text)) {
                Candidate e = enhancer.enhance(c, r.context(), text);
                if (e.score() >= MIN_SCORE && !rejectedByFormat(r, e, text)) {
                    e = specific(e, text.normalized().substring(e.start(), e.end()));
                    Span span = text.originalSpan(e.start(), e.end());
                    all.add(new Finding(e.type(), e.value(), span, "chars " + span.start() + "-" + span.end(), e.score(), r.id()));
                }
            }
        }
        return resolveOverlaps(all);
    }

    /** A labelled value of a type some recognizer validates must pass that validation too. */
    private boolean rejectedByFormat(Recognizer from, Candidate c, NormalizedText text) {
        if (from instanceof PatternRecognizer) {
            return false;
        }
        return formatRejects(c.type(), text.normalized().substring(c.start(), c.end()));
    }

    /** True when a recognizer of the type (or, for a generic type, of its element) recognises the value's format and its validator rejects it. */
    public boolean formatRejects(FindingType type, String value) {
        String v = io.leakscope.core.text.Names.nfkc(value);
        // the type first: a value is matched against the patterns of its own type's recognizers only
        // and in capitals too: a label's value is often typed in lower case ("nino: nt 99 88 77 a"), which a format of capitals would not match
        String capitals = v.toUpperCase(java.util.Locale.ROOT);
        return recognizers.stream().anyMatch(r -> r instanceof PatternRecognizer p
                && (p.types().contains(type) || type.generic() && p.mainType().element() == type.element())
                && (p.rejects(v) || !capitals.equals(v) && p.rejects(capitals)));
    }

    /** A candidate of a generic type ("ID番号: …") with the specific type its value has, if one. */
    private Candidate specific(Candidate c, String raw) {
        if (!c.type().generic()) {
            return c;
        }
        return specificType(c.type(), raw)
                .map(s -> new Candidate(s.type(), c.start(), c.end(), s.value(), c.score()))
                .orElse(c);
    }

    /**
     * The specific type of a value labelled only generically: the one type of the same element whose
     * recognizer validates the whole value (a checksum passes), or failing that the one type whose
     * format it has. Two candidate types, or none, leave the value generic.
     */
    public Optional<Candidate> specificType(FindingType generic, String value) {
        String v = io.leakscope.core.text.Names.nfkc(value).strip();
        List<PatternRecognizer.WholeMatch> matches = new ArrayList<>();
        for (Recognizer r : recognizers) {
            if (r instanceof PatternRecognizer p && p.mainType().element() == generic.element() && !p.mainType().generic()) {
                p.wholeMatch(v).ifPresent(matches::add);
            }
        }
        for (Validity level : List.of(Validity.VALID, Validity.UNKNOWN)) {
            List<Candidate> at = matches.stream().filter(m -> m.validity() == level).map(PatternRecognizer.WholeMatch::candidate).toList();
            if (!at.isEmpty()) {
                return at.stream().map(Candidate::type).distinct().count() == 1 ? Optional.of(at.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Of overlapping findings of one element keeps the best score, except that a name which wholly
     * contains another is preferred as the more complete reading ("中川 悠翔" over "中川 悠"; for
     * other types the tighter, validated span is the better one). Findings are taken best first; the
     * kept ones of an element never overlap one another, so each is looked up by its start
     * ({@link KeptSpans}): n log n in the findings of a text, whatever their number (a mail log holds
     * a hundred thousand). The kept findings come out by start, ties in the order they were kept.
     */
    static List<Finding> resolveOverlaps(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingDouble(Finding::score).reversed()
                .thenComparing(f -> -(f.span().end() - f.span().start())));
        Map<Element, KeptSpans> byElement = new EnumMap<>(Element.class);
        long order = 0;
        for (Finding f : sorted) {
            KeptSpans kept = byElement.computeIfAbsent(f.element(), e -> new KeptSpans());
            List<KeptSpans.Kept> clashes = kept.overlapping(f.span());
            if (clashes.isEmpty()) {
                kept.add(f, order++);
            } else if (f.element() == Element.NAME && clashes.stream().allMatch(k -> strictlyContains(f.span(), k.finding().span()))) {
                clashes.forEach(kept::remove);
                kept.add(f, order++);
            }
        }
        List<KeptSpans.Kept> all = new ArrayList<>();
        byElement.values().forEach(k -> all.addAll(k.all()));
        all.sort(Comparator.comparingInt((KeptSpans.Kept k) -> k.finding().span().start()).thenComparingLong(KeptSpans.Kept::order));
        return all.stream().map(KeptSpans.Kept::finding).toList();
    }

    private static boolean strictlyContains(Span outer, Span inner) {
        return outer.start() <= inner.start() && outer.end() >= inner.end() && (outer.end() - outer.start()) > (inner.end() - inner.start());
    }

    private static boolean overlap(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
