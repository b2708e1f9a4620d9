package io.leakscope.core.impact;

import io.leakscope.core.model.Element;
import java.util.List;
import java.util.Map;

/**
 * One row of the impact table: a category, how many persons, how many had each element, and the
 * most common element combinations ("氏名、社員番号、メールアドレス、所属 (5,509人)").
 */
public record CategoryImpact(String category, int persons, Map<Element, Integer> elementCounts, List<Combination> combinations) {

    public record Combination(List<Element> elements, int persons) {
    }
}
