package io.leakscope.core.detect;

import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.NormalizedText;
import java.util.List;
import java.util.Set;

/**
 * Finds one kind of personal data in normalised text. Implementations describe themselves: the
 * format they match and a reference in their doc comment, their patterns with base scores, their
 * context words, and a validator.
 */
public interface Recognizer {

    /** A stable id, e.g. {@code jp.phone}. */
    String id();

    Set<FindingType> types();

    /** Words that raise or lower the score of a candidate near them; applied by {@link ContextEnhancer}. */
    default ContextWords context() {
        return ContextWords.NONE;
    }

    List<Candidate> analyze(NormalizedText text);

    /**
     * Validates a single value, e.g. a table cell of a column already known to hold this type.
     * The default runs the recognizer over the value and checks that a candidate covers most of it.
     */
    default java.util.Optional<Candidate> matchWhole(String value) {
        NormalizedText t = NormalizedText.of(value);
        String n = t.normalized().strip();
        for (Candidate c : analyze(t)) {
            if (c.end() - c.start() >= n.length() * 0.6) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
