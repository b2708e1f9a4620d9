package io.leakscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;

class AttachmentCollectorTest {
    /**
     * An Outlook message attached to a message reaches the extractor as an OLE folder with no bytes
     * of its own; read as bytes it was "skipped: empty". It becomes a file of its own, with its folder's entries.
     */
    @Test
    void anObjectHandedOverAsAnOleFolderBecomesAFileOfItsOwn() throws Exception {
        try (POIFSFileSystem outer = new POIFSFileSystem()) {
            DirectoryEntry attached = outer.getRoot().createDirectory("__substg1.0_3701000D");
            attached.createDocument("__substg1.0_0037001F", new ByteArrayInputStream("件名：名簿の送付".getBytes(StandardCharsets.UTF_16LE)));
            TikaInputStream stream = TikaInputStream.get(new byte[0]);
            stream.setOpenContainer(attached);
            Metadata md = new Metadata();
            md.set(Metadata.CONTENT_TYPE, "application/vnd.ms-outlook");

            AttachmentCollector collector = new AttachmentCollector(IngestLimits.DEFAULT);
            collector.forDocument(false, new ParseContext(), false).parseEmbedded(stream, new BodyContentHandler(), md, false);

            assertThat(collector.children()).hasSize(1);
            Outcome.Child child = collector.children().get(0);
            assertThat(child.name()).isEqualTo("object-0001.msg");
            byte[] bytes = ((Blob.InMemory) child.blob()).bytes();
            try (POIFSFileSystem written = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                assertThat(written.getRoot().hasEntry("__substg1.0_0037001F")).isTrue();
            }
        }
    }

    @Test
    void picturesInADocumentAreLeftToOcr() throws Exception {
        Metadata md = new Metadata();
        md.set("resourceName", "image1.png");
        AttachmentCollector collector = new AttachmentCollector(IngestLimits.DEFAULT);
        collector.forDocument(false, new ParseContext(), false).parseEmbedded(new ByteArrayInputStream(new byte[] {1}), new BodyContentHandler(), md, false);
        assertThat(collector.children()).isEmpty();
        collector.forDocument(false, new ParseContext(), true).parseEmbedded(new ByteArrayInputStream(new byte[] {1}), new BodyContentHandler(), md, false);
        assertThat(collector.children()).hasSize(1);
    }
}
