package io.leakscope.core.classify;

import io.leakscope.core.model.Element;
import java.util.List;
import java.util.Set;

/** Classifies persons linked to no master: the first matching case rule, else the default category. */
public final class CategoryClassifier {
    private final List<CategoryRule> rules;
    private final String defaultCategory;

    public CategoryClassifier(List<CategoryRule> rules, String defaultCategory) {
        this.rules = List.copyOf(rules);
        this.defaultCategory = defaultCategory;
    }

    public Classification classify(Set<String> documents, Set<Element> elements, Set<String> emails) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).matches(documents, elements, emails)) {
                return new Classification(rules.get(i).category(), "rule " + (i + 1));
            }
        }
        return new Classification(defaultCategory, "default");
    }
}
