package io.leakscope.core.table;

import io.leakscope.core.detect.common.FieldLabels;
import io.leakscope.core.model.FindingType;

/**
 * What a column holds, decided from its header and, when the header says nothing, from its values.
 *
 * @param type   the data type, or {@code null} for a name part or a non-personal column
 * @param part   which part of a split name, or {@code null}
 * @param byValues true when the values, not the header, decided
 * @param relative true when the column describes a relative of the row's person (扶養親族氏名,
 *                 配偶者生年月日, 緊急連絡先電話番号, 続柄), not the person
 */
public record ColumnRole(FindingType type, FieldLabels.NamePart part, boolean byValues, boolean relative) {
    static ColumnRole data(FindingType type, boolean byValues) {
        return new ColumnRole(type, null, byValues, false);
    }

    static ColumnRole part(FieldLabels.NamePart part) {
        return new ColumnRole(null, part, false, false);
    }

    ColumnRole asRelative() {
        return new ColumnRole(type, part, byValues, true);
    }
}
