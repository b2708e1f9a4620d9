package io.leakscope.report;

import io.leakscope.core.model.Element;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.Masking;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The secondary-damage work lists: {@code accounts-to-reset.csv} (every leaked system account, and
 * whether a password or key of its person leaked too: reset those first) and
 * {@code addresses-to-watch.csv} (every leaked e-mail address, for phishing and spam filters and
 * the help desk). Values masked unless {@code reveal}.
 */
public final class RemediationWriter {
    private RemediationWriter() {
    }

    /** What the lists need of one person. */
    public record Holder(String personId, String category, Set<Element> elements, List<String> accounts, List<String> emails) {
    }

    public record Summary(int accounts, int addresses) {
    }

    public static Summary write(List<Holder> holders, List<String> ownDomains, Path dir, boolean reveal) throws IOException {
        Files.createDirectories(dir);
        int accounts = 0;
        int addresses = 0;
        try (Writer w = Files.newBufferedWriter(dir.resolve("accounts-to-reset.csv"), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, format("account", "person_id", "category", "credential_leaked", "priority"))) {
            for (Holder h : holders) {
                boolean credential = h.elements().contains(Element.CREDENTIAL);
                for (String a : h.accounts()) {
                    csv.printRecord(reveal ? a : mask(a), h.personId(), h.category(), credential ? "yes" : "no", credential ? "reset now" : "review");
                    accounts++;
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("addresses-to-watch.csv"), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, format("email", "person_id", "category", "own_domain"))) {
            for (Holder h : holders) {
                for (String e : h.emails()) {
                    String domain = e.substring(e.indexOf('@') + 1);
                    boolean own = ownDomains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
                    csv.printRecord(reveal ? e : Masking.mask(FindingType.EMAIL, e), h.personId(), h.category(), own ? "yes" : "no");
                    addresses++;
                }
            }
        }
        return new Summary(accounts, addresses);
    }

    private static CSVFormat format(String... header) {
        return CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header).get();
    }

    /** An account id with only its first character and its domain part (if any) shown. */
    private static String mask(String account) {
        int bs = account.indexOf('\\');
        String user = bs >= 0 ? account.substring(bs + 1) : account;
        return (bs >= 0 ? account.substring(0, bs + 1) : "") + Masking.name(user);
    }
}
