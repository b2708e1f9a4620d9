package io.leakscope.core.docclass;

import java.util.List;

/**
 * A document's business class, why (the signals that decided it, strongest first: "file name
 * "請求書" +3.0; title "御請求書" +2.5"), and its confidential-information flags.
 */
public record DocumentClassification(DocumentClass documentClass, String explanation, List<ConfidentialFlag> flags) {
    public DocumentClassification {
        flags = List.copyOf(flags);
    }

    /** With the signals of the class that decided, or — for {@code other} — of the best class, too weak to decide. */
    static DocumentClassification of(DocumentClass c, List<ClassSignal> signals, List<ConfidentialFlag> flags) {
        if (signals.isEmpty()) {
            return new DocumentClassification(c, "no class signal", flags);
        }
        String why = String.join("; ", signals.stream().map(ClassSignal::toString).toList());
        DocumentClass best = signals.get(0).documentClass();
        if (c == DocumentClass.OTHER && best != DocumentClass.OTHER) {
            double total = signals.stream().mapToDouble(ClassSignal::weight).sum();
            why = String.format(java.util.Locale.ROOT, "too weak for a class: %s %.1f < %.1f (%s)", best.id(), total, DocumentClassifier.MIN_SCORE, why);
        }
        return new DocumentClassification(c, why, flags);
    }

    public boolean has(FlagKind kind) {
        return flags.stream().anyMatch(f -> f.kind() == kind);
    }
}
