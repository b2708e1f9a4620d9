package io.leakscope.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A payment gateway's log of declined transactions as a web shop's server keeps it: full card
 * numbers beside transaction ids and amounts, and no name — values that belong to no person the
 * leak names, leaked all the same. What it writes goes to {@code unattributed.json}, not to a
 * person of {@code truth.json}. It draws from a random of its own, so the rest of the leak is the
 * same with or without it.
 */
final class PaymentGatewayLog {
    static final String FILE = "unattributed.json";
    private static final String PATH = "EC/logs/payment-gateway-declined_2024-09.log";

    private final Random random;

    PaymentGatewayLog(long seed) {
        this.random = new Random(seed * 31 + 7);
    }

    /** Writes the log; returns the card numbers in it, each a value tied to no person. */
    List<TruthFinding> write(Path leak, int lines) throws IOException {
        List<TruthFinding> written = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            String card = Numbers.paymentCard(random);
            log.append(String.format("2024-09-%02d %02d:%02d:%02d [gw-0%d] DECLINED txn=T%07d card=%s exp=%02d/%02d amount=%d code=%s%n",
                    1 + i % 30, random.nextInt(24), random.nextInt(60), random.nextInt(60), 1 + random.nextInt(3), 1000 + i * 7,
                    card.replaceAll("(\\d{4})(?=\\d)", "$1-"), 1 + random.nextInt(12), 26 + random.nextInt(5), 500 + random.nextInt(30_000),
                    List.of("05", "51", "54", "61").get(random.nextInt(4))));
            written.add(new TruthFinding(PATH, io.leakscope.core.model.FindingType.CREDIT_CARD, card, false));
        }
        FileWriters.write(leak, PATH, log.toString().getBytes(StandardCharsets.UTF_8));
        return written;
    }
}
