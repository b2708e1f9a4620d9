package io.leakscope.core.classify;

/** A person's category and what decided it ("master hr_master", "rule 2", "default"). */
public record Classification(String category, String reason) {
}
