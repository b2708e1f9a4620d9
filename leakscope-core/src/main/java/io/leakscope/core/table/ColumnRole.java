package io.leakscope.core.table;

import io.leakscope.core.detect.common.FieldLabels;
import io.leakscope.core.model.FindingType;

/**
 * What a column holds, decided from its header and, when the header says nothing, from its values.
 *
 * @param type   the data type, or {@code null} for a name part or a non-personal column
 * @param part   which part of a split name, or {@code null}
 * @param byValues true when the values, not the header, decided
 */
public record ColumnRole(FindingType type, FieldLabels.NamePart part, boolean byValues) {
    static ColumnRole data(FindingType type, boolean byValues) {
        return new ColumnRole(type, null, byValues);
    }

    static ColumnRole part(FieldLabels.NamePart part) {
        return new ColumnRole(null, part, false);
    }
}
