package io.leakscope.ingest;

import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.core.model.Table;
import io.leakscope.ingest.xlsx.XlsxParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads one file of the leak: detects its type by content (with the file name as a hint), then
 * extracts text and tables with Apache Tika, reads CSV/TSV in their Japanese encodings, lists archive
 * members (zip, tar, 7z, gz, bz2, xz), and renders mail headers so that "From: 山田 太郎 &lt;yamada@…&gt;" is one line of text.
 * A file that cannot be read gives a failed outcome with its reason; it never throws for bad content.
 */
public final class DocumentReader implements FileContentReader {
    private static final Set<String> DELIMITED = Set.of("text/csv", "text/tab-separated-values");

    private final Parser parser;
    private final Parser xlsxParser = new XlsxParser();
    /** For the file itself, whose type {@link #detect} found just before: no second detection. */
    private final Parser parserOfDetectedType;
    private final Detector detector;
    private final org.apache.tika.mime.MediaTypeRegistry types;
    /** The types Tika has a parser for (not their subtypes). */
    private final java.util.Map<MediaType, Parser> parsers;
    private final IngestLimits limits;
    private final ArchiveReader archives;
    private final boolean ocr;
    private final Path tempDir;

    public DocumentReader(IngestLimits limits, Path tempDir) {
        this(limits, tempDir, false);
    }

    /** @param ocr whether images and scanned PDF pages are read with Tesseract (Japanese and English) */
    public DocumentReader(IngestLimits limits, Path tempDir, boolean ocr) {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new MemoisedAutoDetectParser(config);
        this.detector = config.getDetector();
        this.types = config.getMediaTypeRegistry();
        this.parsers = this.parser instanceof org.apache.tika.parser.CompositeParser c ? c.getParsers(new ParseContext()) : java.util.Map.of();
        AutoDetectParser ofDetectedType = new MemoisedAutoDetectParser(config);
        ofDetectedType.setDetector(new DetectedType(detector));
        this.parserOfDetectedType = ofDetectedType;
        this.limits = limits;
        this.archives = new ArchiveReader(limits, tempDir);
        this.ocr = ocr;
        this.tempDir = tempDir;
    }

    @Override
    public Outcome read(String path, Blob blob) {
        String mediaType = "application/octet-stream";
        try {
            if (blob.size() == 0) {
                return Outcome.skipped("application/octet-stream", "empty");
            }
            MediaType detected = detect(path, blob);
            mediaType = detected.getBaseType().toString();
            if (ArchiveReader.KINDS.containsKey(mediaType)) {
                return readArchive(path, mediaType, blob);
            }
            if (mediaType.equals(PST)) {
                return Outcome.container(mediaType, path, new PstReader(limits, tempDir).items(blob));
            }
            if (DELIMITED.contains(mediaType) || isDelimitedByName(path, mediaType)) {
                return readDelimited(path, mediaType, blob);
            }
            if (isImage(mediaType) && !ocr) {
                return Outcome.skipped(mediaType, "ocr_off: an image, read only when scanning with OCR");
            }
            if (!isTextual(mediaType) && !isImage(mediaType) || !isImage(mediaType) && !hasParser(detected)) {
                return Outcome.skipped(mediaType, "unsupported: " + mediaType);
            }
            return parse(path, mediaType, detected.toString(), blob);
        } catch (EncryptedDocumentException | org.apache.commons.compress.PasswordRequiredException e) {
            return Outcome.failed(mediaType, "encrypted");
        } catch (ZeroByteFileException e) {
            return Outcome.skipped(mediaType, "empty");
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            return Outcome.failed(mediaType, failure(e));
        } catch (OutOfMemoryError e) {
            return Outcome.failed(mediaType, "too_large: out of memory while parsing");
        }
    }

    /**
     * The type with its parameters: some select the parser ({@code application/onenote; format=one},
     * {@code application/vnd.wordperfect; version=5.1}) — without them Tika finds none and reads nothing.
     */
    private MediaType detect(String path, Blob blob) throws IOException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(path));
        try (InputStream in = blob.open(); TemporaryResources copies = temporaryResources();
             TikaInputStream tis = TikaInputStream.get(in, copies, md)) {
            return detector.detect(tis, md);
        }
    }

    /** Where Tika copies a document it needs random access to (an Office package, a PDF): the case's temp folder, not the machine's. */
    private TemporaryResources temporaryResources() {
        TemporaryResources copies = new TemporaryResources();
        copies.setTemporaryFileDirectory(tempDir);
        return copies;
    }

    private Outcome readArchive(String path, String mediaType, Blob blob) throws IOException {
        List<Outcome.Child> children = new ArrayList<>();
        for (ArchiveReader.Member m : archives.members(blob, mediaType, path)) {
            children.add(new Outcome.Child(m.name(), m.blob(), m.status(), m.reason()));
        }
        return Outcome.container(mediaType, path, children);
    }

    /**
     * A CSV or TSV file as a table, in its own encoding; a long one in parts of whole records
     * ({@link DelimitedParts}), each part a member that starts with the header row again.
     */
    private Outcome readDelimited(String path, String mediaType, Blob blob) throws IOException {
        String extension = path.toLowerCase(Locale.ROOT).endsWith(".tsv") ? ".tsv" : ".csv";
        DelimitedParts.Read read = DelimitedParts.read(blob, new TextParts(tempDir, extension, limits.textPartChars()));
        String text = read.firstPart();
        boolean tabs = path.toLowerCase(Locale.ROOT).endsWith(".tsv") || DelimitedTextReader.looksTabSeparated(text);
        Table table = DelimitedTextReader.read(fileName(path), text, tabs);
        return Outcome.done(mediaType, new ExtractedDocument(path, mediaType, "", List.of(table)), read.furtherParts());
    }

    /** Whether Tika has a parser for the type or one of its supertypes; else it would read nothing and say nothing. */
    private boolean hasParser(MediaType type) {
        for (MediaType t = type; t != null; t = types.getSupertype(t)) {
            if (parsers.containsKey(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param fullType the detected type with its parameters, which select the parser
     */
    private Outcome parse(String path, String mediaType, String fullType, Blob blob) throws IOException, TikaException, SAXException {
        if (XlsxParser.TYPES.contains(MediaType.parse(mediaType))) {
            try {
                return parse(path, mediaType, fullType, blob, xlsxParser, false);
            } catch (IOException | TikaException | SAXException | RuntimeException e) {
                // a damaged workbook: Tika's own parser repairs what it can and names the fault
            }
        }
        // text keeps Tika's own detection, which may add a charset; embedded documents are detected as usual
        return parse(path, mediaType, fullType, blob, mediaType.startsWith("text/") ? parser : parserOfDetectedType, true);
    }

    /**
     * @param keepPartial whether a parse that breaks off after reading some of the file keeps what it
     *                    read (done, its reason naming the fault): a malformed XML entity or a damaged
     *                    stream near the end must not cost the text before it
     */
    private Outcome parse(String path, String mediaType, String fullType, Blob blob, Parser top, boolean keepPartial)
            throws IOException, TikaException, SAXException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(path));
        md.set(Metadata.CONTENT_TYPE, fullType);
        TextParts parts = new TextParts(tempDir, ".txt", limits.textPartChars());
        TableAwareHandler handler = new TableAwareHandler(limits.maxTextChars(), parts);
        String broken = null;
        AttachmentCollector attachments = new AttachmentCollector(limits);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(OfficeParserConfig.class, officeConfig());
        Ocr.configure(context, ocr);
        boolean store = mediaType.equals(MBOX);
        context.set(EmbeddedDocumentExtractor.class, store ? attachments.forMailStore() : attachments.forDocument(isMail(mediaType), context, ocr));
        try (InputStream in = blob.open(); TemporaryResources copies = temporaryResources();
             TikaInputStream tis = TikaInputStream.get(in, copies, md)) {
            top.parse(tis, (ContentHandler) handler, md, context);
        } catch (EncryptedDocumentException | Error e) {
            parts.discard();
            throw e;
        } catch (IOException | TikaException | SAXException | RuntimeException e) {
            if (!keepPartial || handler.isEmpty() || mediaType.equals(MBOX)) {
                parts.discard();
                throw e;
            }
            broken = failure(e);
        }
        if (store) {
            parts.discard();
            return Outcome.container(mediaType, path, attachments.children());
        }
        String text = isMail(mediaType) ? MailHeaders.render(md) + "\n\n" + handler.text() : handler.text();
        ExtractedDocument doc = new ExtractedDocument(path, mediaType, text, handler.tables(), Ocr.wasUsed(md));
        List<Outcome.Child> members = new ArrayList<>(attachments.children());
        members.addAll(handler.furtherParts());
        String reason = broken != null ? "partial: " + broken + " (what came before it is read)"
                : handler.truncated() ? String.format(Locale.ROOT, "too_large: table cells beyond %,d characters not read", limits.maxTextChars())
                : null;
        return new Outcome(Outcome.Status.DONE, mediaType, reason, doc, List.copyOf(members));
    }

    /**
     * Spreadsheet cells as Excel shows them: without the phonetic readings (furigana) Japanese input
     * stores beside typed text, which Tika would otherwise append to the cell ("山田太郎 ヤマダ タロウ").
     * Word documents through Tika's streaming extractor: it also reads text boxes, footnotes and
     * comments, which the other one (building the whole document in XMLBeans) leaves out, and takes
     * less time (docs/PERFORMANCE.md).
     */
    private static OfficeParserConfig officeConfig() {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setConcatenatePhoneticRuns(false);
        config.setUseSAXDocxExtractor(true);
        return config;
    }

    /** Files holding many messages: each message is read as a document of its own. */
    private static final String MBOX = "application/mbox";
    private static final String PST = "application/vnd.ms-outlook-pst";
    /** Single messages: RFC 822 mail and Outlook .msg; their attachments are documents of their own. */
    private static final Set<String> MAIL = Set.of("message/rfc822", "application/vnd.ms-outlook");

    /** Pictures without text of their own: read only by OCR. */
    private static boolean isImage(String mediaType) {
        return mediaType.startsWith("image/") && !isDrawingWithText(mediaType);
    }

    /** Whether a type (without parameters) is a drawing whose text is text ({@link #VECTOR_WITH_TEXT}). */
    static boolean isDrawingWithText(String mediaType) {
        return VECTOR_WITH_TEXT.contains(mediaType);
    }

    /**
     * Drawings that carry text as text — labels, title blocks, authors — which Tika extracts: read
     * like documents, never skipped as pictures (a floor plan's title block names its drafter).
     */
    private static final Set<String> VECTOR_WITH_TEXT = Set.of("image/svg+xml", "image/emf", "image/wmf", "image/vnd.dwg",
            "image/vnd.dxf", "image/x-emf", "image/x-wmf");

    private static boolean isMail(String mediaType) {
        return MAIL.contains(mediaType);
    }

    private static boolean isDelimitedByName(String path, String mediaType) {
        String p = path.toLowerCase(Locale.ROOT);
        return mediaType.startsWith("text/") && (p.endsWith(".csv") || p.endsWith(".tsv"));
    }

    /** Types that carry text: documents, spreadsheets, presentations, mail, markup, plain text. */
    private static boolean isTextual(String mediaType) {
        MediaType t = MediaType.parse(mediaType);
        String type = t.getType();
        if (type.equals("image") && !VECTOR_WITH_TEXT.contains(t.getBaseType().toString()) || type.equals("audio") || type.equals("video")) {
            return false;
        }
        return !mediaType.equals("application/octet-stream") && !mediaType.startsWith("application/x-executable")
                && !mediaType.equals("application/x-sharedlib") && !mediaType.equals("application/x-msdownload");
    }

    /**
     * What reading the same bytes at {@code path} gives, from a reading of them elsewhere: the
     * reader uses a file's name only as a type hint (same extension, same type) and as the name of a
     * delimited file's one table; the rest depends on the bytes alone.
     */
    static ExtractedDocument movedTo(ExtractedDocument read, String path) {
        List<Table> tables = read.tables();
        boolean delimited = read.mediaType() != null && read.mediaType().startsWith("text/") && read.text().isEmpty() && tables.size() == 1;
        if (delimited && tables.get(0).name().equals(fileName(read.path()))) {
            tables = List.of(new Table(fileName(path), tables.get(0).rows()));
        }
        return new ExtractedDocument(path, read.mediaType(), read.text(), tables, read.ocr());
    }

    /** Types read as containers of other documents (archives, mail stores), never as text of their own. */
    static boolean isContainer(String mediaType) {
        return ArchiveReader.KINDS.containsKey(mediaType) || mediaType.equals(PST) || mediaType.equals(MBOX);
    }

    static String fileName(String path) {
        int bang = path.lastIndexOf("!/");
        String last = bang >= 0 ? path.substring(bang + 2) : path;
        return last.substring(last.lastIndexOf('/') + 1);
    }

    /**
     * The exception's class and, for parser exceptions, its message with quoted parts removed:
     * a message may quote a cell or a field of the file, and reasons must never carry leaked values.
     */
    /**
     * "corrupt" with what went wrong; "unreadable" when the file could not be opened: that belongs to
     * its path, not its content, and so is never a reason its copies share ({@link OutcomesByContent}).
     */
    private static String failure(Exception e) {
        Throwable root = rootCause(e);
        if (root instanceof java.nio.file.FileSystemException) {
            return "unreadable: " + root.getClass().getSimpleName();
        }
        return "corrupt: " + describe(e);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** A path in a parser's message (the leak's or the case's folders): a reason names the file by its own entry. */
    private static final String ABSOLUTE_PATH = "(?<![\\w.])/(?:[^\\s/'\"]+/)+[^\\s'\"]*";

    private static String describe(Throwable e) {
        Throwable root = rootCause(e);
        boolean structural = root instanceof TikaException || root instanceof IOException || root instanceof SAXException
                || root.getClass().getName().startsWith("org.apache.poi");
        String msg = !structural || root.getMessage() == null ? ""
                : root.getMessage().replaceAll("'[^']*'|\"[^\"]*\"|「[^」]*」", "'…'").replaceAll(ABSOLUTE_PATH, "…").replaceAll("\\s+", " ");
        if (msg.length() > 160) {
            msg = msg.substring(0, 160) + "…";
        }
        return root.getClass().getSimpleName() + (msg.isEmpty() ? "" : " " + msg);
    }
}
