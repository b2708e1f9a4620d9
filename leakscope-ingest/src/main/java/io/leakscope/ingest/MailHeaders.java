package io.leakscope.ingest;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/** Renders the addresses of a parsed mail as header lines, one per person: "To: 山田 太郎 &lt;yamada@…&gt;". */
final class MailHeaders {
    private MailHeaders() {
    }

    static String render(Metadata md) {
        StringBuilder sb = new StringBuilder();
        lines(sb, "From", md.getValues(Metadata.MESSAGE_FROM));
        lines(sb, "To", md.getValues(Metadata.MESSAGE_TO));
        lines(sb, "Cc", md.getValues(Metadata.MESSAGE_CC));
        lines(sb, "Bcc", md.getValues(Metadata.MESSAGE_BCC));
        String subject = md.get(TikaCoreProperties.TITLE);
        if (subject != null) {
            sb.append("Subject: ").append(subject).append('\n');
        }
        return sb.toString();
    }

    private static void lines(StringBuilder sb, String header, String[] addresses) {
        for (String a : addresses) {
            if (a.isBlank()) {
                continue;
            }
            sb.append(header).append(": ").append(a.replace("\"", "").strip()).append('\n');
        }
    }
}
