package io.leakscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * A detector that takes the type already in the metadata ({@link Metadata#CONTENT_TYPE}, set from
 * {@link DocumentReader}'s own detection) and detects only when there is none. Detection of Office
 * and PDF files opens their containers; doing it twice per file cost about 8 % of parsing on the
 * bench corpus (docs/PERFORMANCE.md).
 */
final class DetectedType implements Detector {
    private final Detector fallback;

    DetectedType(Detector fallback) {
        this.fallback = fallback;
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        String known = metadata.get(Metadata.CONTENT_TYPE);
        MediaType type = known == null ? null : MediaType.parse(known);
        return type != null ? type : fallback.detect(input, metadata);
    }
}
