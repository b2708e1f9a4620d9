package io.leakscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated Outlook files (real .pst and .msg with bytes flipped or cut) through the reader processes
 * as a scan uses them: every file gets an outcome with a reason when not done, and a parser stuck
 * in a damaged store costs its worker only.
 */
class OutlookFuzzTest {
    private static final Path DOCS = Path.of("target/outlook/test-documents");

    @TempDir
    Path tmp;

    @Test
    void damagedStoresAndMessagesAlwaysGetAnOutcome() throws Exception {
        byte[] pst = Files.readAllBytes(DOCS.resolve("testPST.pst"));
        byte[] msg = Files.readAllBytes(DOCS.resolve("testMSG_att_doc.msg"));
        Random random = new Random(20241005);
        Map<String, Integer> outcomes = new TreeMap<>();
        try (ForkedReader reader = new ForkedReader(IngestLimits.DEFAULT.withPerFileSeconds(20), tmp, false, 2, 256)) {
            for (int round = 0; round < 24; round++) {
                boolean store = round % 3 == 0;
                byte[] bytes = mutate(store ? pst : msg, random);
                String name = store ? "box.pst" : "mail.msg";
                Outcome o = reader.read(name, new Blob.InMemory(bytes));
                assertThat(o.status()).isNotNull();
                if (o.status() != Outcome.Status.DONE) {
                    assertThat(o.reason()).as(name + " needs a reason").isNotBlank();
                }
                outcomes.merge(name + " " + o.status() + (o.reason() == null ? "" : " " + o.reason().split(":")[0]), 1, Integer::sum);
                for (Outcome.Child c : o.children()) {
                    assertThat(c.blob() != null || c.reason() != null).as("a member without bytes has a reason").isTrue();
                    outcomes.merge(name + " item " + c.status() + (c.reason() == null ? "" : " " + c.reason().split(":")[0]), 1, Integer::sum);
                }
            }
        }
        System.out.println("mutated Outlook files: " + outcomes);
        assertThat(outcomes.entrySet().stream().filter(e -> !e.getKey().contains(" item ")).mapToInt(Map.Entry::getValue).sum()).isEqualTo(24);
    }

    private static byte[] mutate(byte[] seed, Random r) {
        byte[] b = seed.clone();
        if (r.nextBoolean()) {
            for (int i = 0; i < 1 + r.nextInt(64); i++) {
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            return b;
        }
        return java.util.Arrays.copyOf(b, 512 + r.nextInt(b.length - 512));
    }
}
