package io.leakscope.core.model;

/**
 * One piece of personal data found in a document.
 *
 * @param type       what was found
 * @param value      the normalised value (NFKC, canonical form of the type) — personal data, never log it
 * @param span       where in the document's original text, or {@code null} for a table cell
 * @param location   a human locator: {@code chars 120-135} or {@code 社員一覧!R5C3}
 * @param score      confidence 0..1 after validation and context
 * @param recognizer id of the recognizer that produced it
 */
public record Finding(FindingType type, String value, Span span, String location, double score, String recognizer) {

    public Element element() {
        return type.element();
    }

    public Finding withType(FindingType newType) {
        return new Finding(newType, value, span, location, score, recognizer);
    }

    /** Masks the value: the case data must never reach a log line by accident. */
    @Override
    public String toString() {
        return "Finding[" + type + " at " + location + ", score=" + score + ", by " + recognizer + "]";
    }
}
