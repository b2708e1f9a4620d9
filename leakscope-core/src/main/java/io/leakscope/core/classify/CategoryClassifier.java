package io.leakscope.core.classify;

import io.leakscope.core.model.Element;
import java.util.List;
import java.util.Set;

/**
 * Classifies persons linked to no master: a person known only as someone's relative gets the
 * relative category; others the first matching case rule, else the default category.
 */
public final class CategoryClassifier {
    private final List<CategoryRule> rules;
    private final String defaultCategory;
    private final String relativeCategory;

    public CategoryClassifier(List<CategoryRule> rules, String defaultCategory, String relativeCategory) {
        this.rules = List.copyOf(rules);
        this.defaultCategory = defaultCategory;
        this.relativeCategory = relativeCategory;
    }

    /** A person all of whose records describe them as another person's relative (続柄, 扶養親族, 緊急連絡先). */
    public Classification classifyRelative() {
        return new Classification(relativeCategory, "relative of another person");
    }

    public Classification classify(Set<String> documents, Set<Element> elements, Set<String> emails, Set<String> contexts) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).matches(documents, elements, emails, contexts)) {
                return new Classification(rules.get(i).category(), "rule " + (i + 1));
            }
        }
        return new Classification(defaultCategory, "default");
    }
}
