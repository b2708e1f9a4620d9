package io.leakscope.core.resolve;

import io.leakscope.core.model.Element;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What resolution keeps of a record once its keys are taken: where it is, what kind, and what its
 * person needs (elements, names for the display name, e-mails and context for the category rules).
 * Strings come from the resolution's pool; the findings themselves are not kept.
 */
record Mention(long id, String documentPath, String locator, PersonRecord.Kind kind, String context, Set<Element> elements,
               String[] names, String[] emails) {

    static Mention of(LeakRecord r, StringPool pool) {
        PersonRecord p = r.record();
        Set<Element> elements = EnumSet.noneOf(Element.class);
        List<String> names = new ArrayList<>(1);
        List<String> emails = new ArrayList<>(1);
        for (Finding f : p.findings()) {
            elements.add(f.element());
            if (f.type() == FindingType.PERSON_NAME && !names.contains(f.value())) {
                names.add(pool.of(f.value()));
            } else if (f.type() == FindingType.EMAIL && !emails.contains(f.value())) {
                emails.add(pool.of(f.value()));
            }
        }
        return new Mention(r.id(), pool.of(p.documentPath()), pool.of(p.locator()), p.kind(), pool.of(p.context()),
                elements.isEmpty() ? Set.of() : pool.elements(elements), names.toArray(String[]::new), emails.toArray(String[]::new));
    }
}
