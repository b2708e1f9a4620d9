package io.leakscope.core.docclass;

/**
 * One observation that counts towards a class: where it was seen, the word, and its weight.
 *
 * @param source {@code rule}, {@code folder}, {@code file name}, {@code format}, {@code title},
 *               {@code table header} or {@code content}
 */
public record ClassSignal(DocumentClass documentClass, String source, String word, double weight) {
    @Override
    public String toString() {
        return source + " \"" + word + "\" +" + weight;
    }
}
