package io.leakscope.core.detect;

import io.leakscope.core.model.FindingType;

/**
 * A recognizer's raw result on the normalised text, before context enhancement.
 *
 * @param start start in the normalised text
 * @param end   end (exclusive) in the normalised text
 * @param value the canonical value
 */
public record Candidate(FindingType type, int start, int end, String value, double score) {
}
