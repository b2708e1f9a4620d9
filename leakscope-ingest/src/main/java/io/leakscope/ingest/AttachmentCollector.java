package io.leakscope.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Keeps the attachments of a mail as child documents (read and accounted for on their own, as
 * {@code mail.eml!/attachment.xlsx}), and every message of a mail store (mbox, Outlook pst) as a
 * child ({@code box.mbox!/message-0001.eml}, whose attachments are its own children in turn), and
 * the objects embedded in any other document as its children ({@code a.docx!/Worksheet1.xlsx}).
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
        Optional<byte[]> container = oleContainer(stream);
        byte[] bytes = container.isPresent() ? container.get() : stream.readNBytes(limits.inMemoryBytes() + 1);
        if (bytes.length > limits.inMemoryBytes()) {
            children.add(new Outcome.Child(name, null, Outcome.Status.SKIPPED, "too_large"));
        } else {
            children.add(Outcome.Child.readable(name, new Blob.InMemory(bytes)));
        }
    }

    /**
     * An object that Tika hands over as an OLE folder rather than bytes — an Outlook message attached
     * to a message, an object embedded in a .doc or .xls — written out as a file of its own (an empty
     * stream read as bytes made it "skipped: empty").
     */
    private static Optional<byte[]> oleContainer(InputStream stream) throws IOException {
        if (!(stream instanceof TikaInputStream tis) || !(tis.getOpenContainer() instanceof DirectoryEntry folder)) {
            return Optional.empty();
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EntryUtils.copyNodes(folder, fs.getRoot());
            fs.writeFilesystem(out);
            return Optional.of(out.toByteArray());
        }
    }

    /**
     * For a mail: bodies are parsed inline, named attachments collected. For any other document (Word,
     * Excel, PowerPoint, RTF, PDF …): every embedded object becomes a member read on its own — a
     * workbook in a Word file, a message in a PDF — except pictures when there is no OCR to read them.
     */
    EmbeddedDocumentExtractor forDocument(boolean mail, ParseContext context, boolean ocr) {
        if (mail) {
            return forMail(context);
        }
        return new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return ocr || !isPicture(metadata);
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) throws IOException {
                if (!shouldParseEmbedded(metadata)) {
                    return;
                }
                String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
                if (name == null || name.isBlank()) {
                    name = String.format("object-%04d%s", children.size() + 1,
                            "application/vnd.ms-outlook".equals(metadata.get(Metadata.CONTENT_TYPE)) ? ".msg" : "");
                }
                keep(name.replace('/', '_'), stream);
            }
        };
    }

    /** For a mail: bodies are parsed inline, named attachments collected. */
    private EmbeddedDocumentExtractor forMail(ParseContext context) {
        ParsingEmbeddedDocumentExtractor inline = new ParsingEmbeddedDocumentExtractor(context);
        return new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return true;
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

    /**
     * A picture without text of its own. Vector drawings (EMF, WMF, SVG) are not: Office keeps an
     * EMF rendering of each embedded object beside it, and on a Mac an embedded PDF is only that.
     */
    private static boolean isPicture(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type != null && type.startsWith("image/")) {
            return !DocumentReader.isDrawingWithText(MediaType.parse(type).getBaseType().toString());
        }
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        return name != null && name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(png|jpe?g|gif|bmp|tiff?|wdp|jfif)$");
    }

    List<Outcome.Child> children() {
        return children;
    }
}
