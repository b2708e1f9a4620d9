package io.leakscope.report;

import io.leakscope.core.model.Masking;
import io.leakscope.core.model.FindingType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageWriter;

/**
 * Writes the notices: {@code letters/<person>.eml} drafts for persons with an e-mail address,
 * {@code letters/<person>.txt} for postal notice, and {@code mail-merge.csv} with one row per
 * person. Without {@code reveal} names and addresses are masked: drafts to review, not to send.
 */
public final class NoticeWriter {
    private NoticeWriter() {
    }

    public record Summary(int emails, int postal) {
    }

    public static Summary write(List<NoticeLetters.Recipient> recipients, String organization, String sender, String cause, Path dir,
                                boolean reveal) throws IOException {
        return write(recipients, organization, sender, cause, dir, reveal, false);
    }

    /** With {@code pdf}, also {@code letters/<person>.pdf} for printing (Japanese font embedded). */
    public static Summary write(List<NoticeLetters.Recipient> recipients, String organization, String sender, String cause, Path dir,
                                boolean reveal, boolean pdf) throws IOException {
        Path letters = Files.createDirectories(dir.resolve("letters"));
        int emails = 0;
        int postal = 0;
        try (Writer w = Files.newBufferedWriter(dir.resolve("mail-merge.csv"), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                     .setHeader("person_id", "language", "name", "email", "category", "elements", "letter").get())) {
            for (NoticeLetters.Recipient r : recipients) {
                NoticeLetters.Letter letter = NoticeLetters.of(r, organization, cause, reveal);
                if (pdf) {
                    PdfRenderer.render(letter.subject(), "<h1>" + PdfRenderer.esc(letter.subject()) + "</h1>" + PdfRenderer.paragraphs(letter.body()),
                            letters.resolve(r.personId() + ".pdf"));
                }
                String email = r.email() == null ? null : reveal ? r.email() : Masking.mask(FindingType.EMAIL, r.email());
                String file;
                if (r.email() != null) {
                    file = r.personId() + ".eml";
                    writeEml(letters.resolve(file), sender, email, letter);
                    emails++;
                } else {
                    file = r.personId() + ".txt";
                    Files.writeString(letters.resolve(file), letter.subject() + "\n\n" + letter.body(), StandardCharsets.UTF_8);
                    postal++;
                }
                csv.printRecord(r.personId(), r.language(), reveal ? r.name() : Masking.name(r.name()), email == null ? "" : email,
                        r.category(), NoticeLetters.elementList(r), "letters/" + file);
            }
        }
        return new Summary(emails, postal);
    }

    private static void writeEml(Path file, String sender, String to, NoticeLetters.Letter letter) throws IOException {
        try {
            Message.Builder b = Message.Builder.of().setSubject(letter.subject()).setDate(new Date())
                    .setBody(letter.body(), StandardCharsets.UTF_8).setContentTransferEncoding("base64");
            b.setFrom(sender);
            if (!to.contains("＊")) {
                b.setTo(to); // a masked draft has no deliverable address
            }
            Message message = b.build();
            try (OutputStream out = Files.newOutputStream(file)) {
                new DefaultMessageWriter().writeMessage(message, out);
            }
        } catch (org.apache.james.mime4j.dom.field.ParseException e) {
            throw new IOException("cannot write the notice " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
