package io.leakscope.pipeline;

import io.leakscope.core.analyze.AnalysisResult;
import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.model.Table;
import io.leakscope.ingest.OutcomesByContent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each content analysed in this scan holds (its person records, its values tied to no one), so that a copy's analysis is not
 * run again. Analysis uses a document's path only to label its records, so a copy's records are
 * the first reading's with the copy's path — provided everything else the analysis sees is the
 * same: the content, the extension the reader went by ({@link OutcomesByContent#key}) and the
 * names of its tables (a delimited file's table is named after the file). Least recently used
 * dropped first, within a bound in findings.
 */
final class AnalysesByContent {
    /** Findings kept at most, by default (with their records; each holds its value and location strings). */
    static final int DEFAULT_MAX_FINDINGS = 200_000;

    private final int maxFindings;
    private final Map<String, AnalysisResult> kept = new LinkedHashMap<>(256, 0.75f, true);
    private int findings;

    AnalysesByContent(int maxFindings) {
        this.maxFindings = maxFindings;
    }

    /** What analysing {@code doc}, a reading of content with this hash, finds — if a copy was analysed before. */
    Optional<AnalysisResult> resultOf(String sha256, ExtractedDocument doc) {
        AnalysisResult known;
        synchronized (this) {
            known = kept.get(key(sha256, doc));
        }
        if (known == null) {
            return Optional.empty();
        }
        List<PersonRecord> moved = new ArrayList<>(known.records().size());
        for (PersonRecord r : known.records()) {
            moved.add(new PersonRecord(doc.path(), r.locator(), r.kind(), r.context(), r.findings(), r.relativeOf()));
        }
        return Optional.of(new AnalysisResult(moved, known.unattributed()));
    }

    void remember(String sha256, ExtractedDocument doc, AnalysisResult result) {
        int size = size(result);
        if (size > maxFindings / 8) {
            return;
        }
        synchronized (this) {
            AnalysisResult old = kept.put(key(sha256, doc), result);
            findings += size - (old == null ? 0 : size(old));
            for (Iterator<AnalysisResult> eldest = kept.values().iterator(); findings > maxFindings && eldest.hasNext(); ) {
                findings -= size(eldest.next());
                eldest.remove();
            }
        }
    }

    private static int size(AnalysisResult result) {
        return result.findingCount() + result.unattributed().size();
    }

    private static String key(String sha256, ExtractedDocument doc) {
        StringBuilder key = new StringBuilder(OutcomesByContent.key(sha256, doc.path()));
        for (Table t : doc.tables()) {
            key.append('\n').append(t.name());
        }
        return key.toString();
    }
}
