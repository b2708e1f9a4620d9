package io.leakscope.bench;

import io.leakscope.core.detect.KnownNames;
import io.leakscope.generator.LeakGenerator;
import io.leakscope.ingest.Blob;
import io.leakscope.ingest.DocumentReader;
import io.leakscope.ingest.IngestLimits;
import io.leakscope.ingest.Outcome;
import io.leakscope.pipeline.CaseService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The text the recognizer benchmarks run on: the extracted text of a generated leak (rosters, forms,
 * mails, as their readers give them) interleaved with four times as much business prose without
 * personal data, as file servers hold; the same for a given size on every run.
 */
public final class SampleText {
    private SampleText() {
    }

    /** The text, and the names of the generated case's master data, as a scan of that case runs with. */
    public record Sample(String text, KnownNames masterNames) {
    }

    public static String of(int bytes) {
        return sample(bytes).text();
    }

    public static Sample sample(int bytes) {
        try {
            Path dir = Files.createTempDirectory("leakscope-sample-text");
            new LeakGenerator(7L, LeakGenerator.Sizes.DEMO).generate(dir);
            DocumentReader reader = new DocumentReader(IngestLimits.DEFAULT, dir);
            FillerDocuments filler = new FillerDocuments(7L);
            StringBuilder sb = new StringBuilder();
            List<Path> files = BenchCorpus.list(dir.resolve("leak"));
            for (int i = 0; sb.toString().getBytes(StandardCharsets.UTF_8).length < bytes; i++) {
                Path f = files.get(i % files.size());
                Outcome o = reader.read(f.getFileName().toString(), new Blob.OnDisk(f, Files.size(f), false));
                if (o.document() != null) {
                    sb.append(o.document().text()).append('\n');
                    o.document().tables().forEach(t -> t.rows().forEach(r -> sb.append(String.join("\t", r)).append('\n')));
                }
                filler.paragraphs(40).forEach(p -> sb.append(p).append('\n'));
            }
            return new Sample(sb.toString(), CaseService.knownNames(dir.resolve("case.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
