package io.leakscope.ingest;

import io.leakscope.core.model.ExtractedDocument;
import java.util.List;

/**
 * What reading one file gave: its content (status {@code done}), or the reason it could not be read
 * ({@code failed}) or was deliberately not read ({@code skipped}); plus child documents (archive
 * members, mail attachments) to be read in turn.
 *
 * @param reason a machine-readable code, optionally followed by ": " and human text; never file content
 */
public record Outcome(Status status, String mediaType, String reason, ExtractedDocument document, List<Child> children) {

    public enum Status { DONE, FAILED, SKIPPED }

    /**
     * A member of an archive or an attachment of a mail, named relative to its container; with a
     * blob to read, or the status and reason why there is none (encrypted, unsafe path, bomb …).
     */
    public record Child(String name, Blob blob, Status status, String reason) {
        public static Child readable(String name, Blob blob) {
            return new Child(name, blob, Status.DONE, null);
        }
    }

    public static Outcome done(String mediaType, ExtractedDocument doc, List<Child> children) {
        return new Outcome(Status.DONE, mediaType, null, doc, List.copyOf(children));
    }

    public static Outcome failed(String mediaType, String reason) {
        return new Outcome(Status.FAILED, mediaType, reason, null, List.of());
    }

    public static Outcome skipped(String mediaType, String reason) {
        return new Outcome(Status.SKIPPED, mediaType, reason, null, List.of());
    }

    /** A container (archive) whose members were listed; its own text is empty. */
    public static Outcome container(String mediaType, String path, List<Child> children) {
        return new Outcome(Status.DONE, mediaType, null, new ExtractedDocument(path, mediaType, "", List.of()), List.copyOf(children));
    }
}
