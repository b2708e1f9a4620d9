package io.leakscope.core.model;

/** A half-open character range [start, end) in a document's original extracted text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
