package io.leakscope.core.analyze;

import io.leakscope.core.model.PersonRecord;
import java.util.List;

/** The person records found in one document. */
public record AnalysisResult(List<PersonRecord> records) {
    public AnalysisResult {
        records = List.copyOf(records);
    }

    public int findingCount() {
        return records.stream().mapToInt(r -> r.findings().size()).sum();
    }
}
