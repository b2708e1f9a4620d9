package io.leakscope.core.analyze;

import io.leakscope.core.model.Finding;
import io.leakscope.core.model.PersonRecord;
import java.util.List;

/**
 * What one document holds: its person records, and the values that leak on their own though no
 * person could be tied to them (a card number or an IBAN in a document that names nobody).
 */
public record AnalysisResult(List<PersonRecord> records, List<Finding> unattributed) {
    public AnalysisResult {
        records = List.copyOf(records);
        unattributed = List.copyOf(unattributed);
    }

    public AnalysisResult(List<PersonRecord> records) {
        this(records, List.of());
    }

    public int findingCount() {
        return records.stream().mapToInt(r -> r.findings().size()).sum();
    }
}
