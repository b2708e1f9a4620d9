package io.leakscope.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Findings that belong to one person in one place: a row of a person table, a signature block,
 * a labelled form, a mail header. Resolution merges records into persons.
 *
 * @param documentPath leak-relative path of the document
 * @param locator      where in the document (e.g. {@code 社員一覧!row 7}, {@code block 3})
 * @param kind         how the record was formed
 * @param context      the table name or heading the record came from (used by category rules), may be empty
 * @param findings     the findings tied together
 * @param relativeOf   for a relative's record, the employee number of the person they are a relative of, as
 *                     written beside them (the row's or the form's), else empty: two records of one name
 *                     that are relatives of one employee are one person — personal data, never log it
 */
public record PersonRecord(String documentPath, String locator, Kind kind, String context, List<Finding> findings, String relativeOf) {

    /** How a record was formed; a RELATIVE record is a relative (dependant, emergency contact) of another record's person; a LOG_LINE record comes from a line of a machine log. */
    public enum Kind { TABLE_ROW, TEXT_BLOCK, MAIL_HEADER, FORM, RELATIVE, LOG_LINE }

    public PersonRecord {
        findings = List.copyOf(findings);
        relativeOf = relativeOf == null ? "" : relativeOf;
    }

    public PersonRecord(String documentPath, String locator, Kind kind, String context, List<Finding> findings) {
        this(documentPath, locator, kind, context, findings, "");
    }

    /** The same record as a relative of the person with this employee number. */
    public PersonRecord relativeOf(String employeeId) {
        return new PersonRecord(documentPath, locator, kind, context, findings, employeeId);
    }

    /** The same record with other findings. */
    public PersonRecord withFindings(List<Finding> other) {
        return new PersonRecord(documentPath, locator, kind, context, other, relativeOf);
    }

    public Set<Element> elements() {
        Set<Element> set = EnumSet.noneOf(Element.class);
        findings.forEach(f -> set.add(f.element()));
        return Collections.unmodifiableSet(set);
    }

    public List<String> values(FindingType type) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.type() == type && !out.contains(f.value())) {
                out.add(f.value());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "PersonRecord[" + documentPath + " " + locator + ", " + findings.size() + " findings]";
    }
}
