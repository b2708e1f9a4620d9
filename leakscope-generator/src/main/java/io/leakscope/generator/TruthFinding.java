package io.leakscope.generator;

import io.leakscope.core.model.FindingType;

/**
 * One value the generator wrote into a leak document, as a scan should report it.
 *
 * @param optional a value a reader may or may not count (a family name alone, the department in a
 *                 mail signature): finding it is not spurious and missing it is not a miss
 */
public record TruthFinding(String document, FindingType type, String value, boolean optional) {
}
