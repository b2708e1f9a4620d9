package io.leakscope.ingest;

import com.pff.PSTAttachment;
import com.pff.PSTContact;
import com.pff.PSTException;
import com.pff.PSTFile;
import com.pff.PSTFolder;
import com.pff.PSTMessage;
import com.pff.PSTObject;
import com.pff.PSTRecipient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the items of an Outlook .pst store with java-libpst: every message, contact, appointment
 * … becomes a child {@code 受信トレイ/message-0001.eml} under its folder path, rendered as an RFC 822
 * mail ({@link MailRendering}) with its attachments as MIME parts, so that it is read as any
 * mail is — its attachments become its own children in turn. Items are numbered, not named by
 * subject: paths stay in clear even in an encrypted case, and subjects name people.
 */
final class PstReader {
    private final IngestLimits limits;
    private final Path tempDir;
    private final List<Outcome.Child> children = new ArrayList<>();
    private int items;

    PstReader(IngestLimits limits, Path tempDir) {
        this.limits = limits;
        this.tempDir = tempDir;
    }

    /** A store inside an archive is in memory; java-libpst misreads stores from bytes, so it gets a file. */
    List<Outcome.Child> items(Blob blob) throws IOException {
        if (blob instanceof Blob.OnDisk d) {
            return items(d.path());
        }
        Path file = Files.createTempFile(tempDir, "store", ".pst");
        try {
            Files.write(file, ((Blob.InMemory) blob).bytes());
            return items(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private List<Outcome.Child> items(Path file) throws IOException {
        try {
            PSTFile pst = new PSTFile(file.toFile());
            try {
                folder(pst.getRootFolder(), "");
            } finally {
                pst.close();
            }
        } catch (PSTException e) {
            throw new IOException("not a readable pst: " + e.getClass().getSimpleName(), e);
        }
        return children;
    }

    /**
     * The items of a folder, then its subfolders. A damaged folder loses what cannot be read, which
     * is accounted for as a failed entry naming how many items were lost; the rest of the store is read.
     */
    private void folder(PSTFolder folder, String path) throws IOException {
        int expected = folder.getContentCount();
        int read = 0;
        try {
            PSTObject item;
            while (read < expected && (item = folder.getNextChild()) != null) {
                read++;
                if (++items > limits.maxEntries()) {
                    children.add(new Outcome.Child(path + "…", null, Outcome.Status.SKIPPED, "bomb: more than " + limits.maxEntries() + " items"));
                    return;
                }
                if (item instanceof PSTMessage m) {
                    message(m, path + String.format("message-%04d.eml", items));
                }
            }
        } catch (PSTException | RuntimeException e) {
            // counted below as items not read
        }
        if (read < expected) {
            children.add(new Outcome.Child(path + "unreadable-items", null, Outcome.Status.FAILED,
                    "corrupt: " + (expected - read) + " of " + expected + " items of the folder could not be read"));
        }
        subfolders(folder, path);
    }

    private void subfolders(PSTFolder folder, String path) throws IOException {
        java.util.List<PSTFolder> subs;
        try {
            subs = folder.hasSubfolders() ? folder.getSubFolders() : List.of();
        } catch (PSTException | RuntimeException e) {
            children.add(new Outcome.Child(path + "unreadable-folders", null, Outcome.Status.FAILED,
                    "corrupt: the subfolders could not be read (" + e.getClass().getSimpleName() + ")"));
            return;
        }
        for (PSTFolder sub : subs) {
            String name = sub.getDisplayName() == null ? "" : sub.getDisplayName().replace('/', '／').replace("!", "！").strip();
            folder(sub, name.isEmpty() ? path : path + name + "/");
        }
    }

    private void message(PSTMessage m, String name) throws PSTException, IOException {
        MailRendering mail = new MailRendering();
        render(m, mail, name);
        byte[] bytes = mail.bytes();
        if (bytes.length > limits.inMemoryBytes()) {
            children.add(new Outcome.Child(name, null, Outcome.Status.SKIPPED, "too_large"));
        } else {
            children.add(Outcome.Child.readable(name, new Blob.InMemory(bytes)));
        }
    }

    private void render(PSTMessage m, MailRendering mail, String name) throws PSTException, IOException {
        mail.address("From", m.getSenderName(), m.getSenderEmailAddress());
        for (int i = 0; i < m.getNumberOfRecipients(); i++) {
            PSTRecipient r = m.getRecipient(i);
            String address = r.getSmtpAddress() == null || r.getSmtpAddress().isBlank() ? r.getEmailAddress() : r.getSmtpAddress();
            mail.address(switch (r.getRecipientType()) {
                case PSTRecipient.MAPI_CC -> "Cc";
                case PSTRecipient.MAPI_BCC -> "Bcc";
                default -> "To";
            }, r.getDisplayName(), address);
        }
        mail.subject(m.getSubject());
        mail.date(m.getMessageDeliveryTime() != null ? m.getMessageDeliveryTime() : m.getClientSubmitTime());
        String body = m instanceof PSTContact c ? contactCard(c) + "\n" + nullToEmpty(m.getBody()) : nullToEmpty(m.getBody());
        if (body.isBlank() && m.getBodyHTML() != null && !m.getBodyHTML().isBlank()) {
            mail.html(m.getBodyHTML());
        } else {
            mail.text(body);
        }
        for (int i = 0; i < m.getNumberOfAttachments(); i++) {
            attachment(m.getAttachment(i), mail, name, i);
        }
    }

    private void attachment(PSTAttachment a, MailRendering mail, String messageName, int index) throws PSTException, IOException {
        if (a.getAttachMethod() == PSTAttachment.ATTACHMENT_METHOD_EMBEDDED) {
            PSTMessage embedded = a.getEmbeddedPSTMessage();
            if (embedded != null) {
                MailRendering inner = new MailRendering();
                render(embedded, inner, messageName);
                mail.attach(String.format("attached-message-%d.eml", index + 1), "message/rfc822", inner.bytes());
            }
            return;
        }
        String file = a.getLongFilename() == null || a.getLongFilename().isBlank() ? a.getFilename() : a.getLongFilename();
        file = file == null || file.isBlank() ? String.format("attachment-%d", index + 1) : file;
        try (InputStream in = a.getFileInputStream()) {
            if (in == null) {
                return; // a link to a file elsewhere: nothing leaked with the store
            }
            byte[] bytes = in.readNBytes(limits.inMemoryBytes() + 1);
            if (bytes.length > limits.inMemoryBytes()) {
                children.add(new Outcome.Child(messageName + "!/" + file, null, Outcome.Status.SKIPPED, "too_large"));
            } else {
                mail.attach(file, "application/octet-stream", bytes);
            }
        }
    }

    /** A contact's fields as labelled lines, the way a form would show them. */
    private static String contactCard(PSTContact c) {
        StringBuilder sb = new StringBuilder();
        line(sb, "Name", join(c.getSurname(), c.getGivenName()));
        line(sb, "Company", c.getCompanyName());
        line(sb, "Department", c.getDepartmentName());
        line(sb, "E-mail", c.getEmail1EmailAddress());
        line(sb, "Mobile", c.getMobileTelephoneNumber());
        line(sb, "Phone", c.getHomeTelephoneNumber());
        line(sb, "Business phone", c.getBusinessTelephoneNumber());
        line(sb, "Home address", c.getHomeAddress());
        line(sb, "Business address", c.getWorkAddress());
        return sb.toString();
    }

    private static String join(String surname, String given) {
        return (nullToEmpty(surname) + " " + nullToEmpty(given)).strip();
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(label).append(": ").append(value.strip().replace('\n', ' ')).append('\n');
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
