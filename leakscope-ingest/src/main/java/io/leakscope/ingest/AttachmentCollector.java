package io.leakscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Keeps the attachments of a mail as child documents (read and accounted for on their own, as
 * {@code mail.eml!/attachment.xlsx}), and every message of a mail store (mbox, Outlook pst) as a
 * child ({@code box.mbox!/message-0001.eml}, whose attachments are its own children in turn);
 * embedded objects of other formats (images in a Word file) are not parsed.
 */
final class AttachmentCollector {
    private final IngestLimits limits;
    private final List<Outcome.Child> children = new ArrayList<>();

    AttachmentCollector(IngestLimits limits) {
        this.limits = limits;
    }

    /** For a mail store: every embedded item becomes a child, a message as {@code message-NNNN.eml}. */
    EmbeddedDocumentExtractor forMailStore() {
        return new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return true;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) throws IOException {
                String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
                if (name == null || name.isBlank()) {
                    boolean message = "message/rfc822".equals(metadata.get(Metadata.CONTENT_TYPE));
                    name = String.format("%s-%04d%s", message ? "message" : "item", children.size() + 1, message ? ".eml" : "");
                }
                keep(name, stream);
            }
        };
    }

    private void keep(String name, InputStream stream) throws IOException {
        byte[] bytes = stream.readNBytes(limits.inMemoryBytes() + 1);
        if (bytes.length > limits.inMemoryBytes()) {
            children.add(new Outcome.Child(name, null, Outcome.Status.SKIPPED, "too_large"));
        } else {
            children.add(Outcome.Child.readable(name, new Blob.InMemory(bytes)));
        }
    }

    /** For a mail: bodies are parsed inline, named attachments collected; for anything else: nothing. */
    EmbeddedDocumentExtractor forMail(boolean mail, ParseContext context) {
        ParsingEmbeddedDocumentExtractor inline = new ParsingEmbeddedDocumentExtractor(context);
        return new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return mail;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                    throws IOException, SAXException {
                String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
                if (name == null || name.isBlank()) {
                    inline.parseEmbedded(stream, handler, metadata, false);
                    return;
                }
                keep(name, stream);
            }
        };
    }

    List<Outcome.Child> children() {
        return children;
    }
}
