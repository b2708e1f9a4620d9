package io.leakscope.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.apache.james.mime4j.codec.EncoderUtil;

/**
 * Writes an item of a mail store as an RFC 822 message: headers (encoded words for non-ASCII, by
 * Apache mime4j's encoder), a UTF-8 body, attachments as base64 parts. The bytes depend on the
 * item only — a fixed boundary, no generated ids or dates — so the same item hashes the same on
 * every scan and a resumed scan does not read it again. The boundary cannot occur in base64 text.
 */
final class MailRendering {
    private static final String BOUNDARY = "=_leakscope_part";
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final StringBuilder headers = new StringBuilder();
    private String bodyType = "text/plain";
    private String body = "";
    private final List<Part> attachments = new ArrayList<>();

    private record Part(String name, String type, byte[] bytes) {
    }

    void address(String header, String name, String address) {
        boolean hasAddress = address != null && address.contains("@");
        boolean hasName = name != null && !name.isBlank() && !name.equals(address);
        if (!hasAddress && !hasName) {
            return;
        }
        String display = hasName ? EncoderUtil.encodeAddressDisplayName(name.strip()) : "";
        String value = hasAddress ? (hasName ? display + " <" + address.strip() + ">" : address.strip()) : display;
        headers.append(header).append(": ").append(value).append("\r\n");
    }

    void subject(String subject) {
        if (subject != null && !subject.isBlank()) {
            headers.append("Subject: ").append(EncoderUtil.encodeIfNecessary(subject.strip(), EncoderUtil.Usage.TEXT_TOKEN, 9)).append("\r\n");
        }
    }

    void date(Date date) {
        if (date != null) {
            headers.append("Date: ").append(RFC_1123.format(date.toInstant())).append("\r\n");
        }
    }

    void text(String text) {
        bodyType = "text/plain";
        body = text;
    }

    void html(String html) {
        bodyType = "text/html";
        body = html;
    }

    void attach(String name, String type, byte[] bytes) {
        attachments.add(new Part(name, type, bytes));
    }

    byte[] bytes() {
        StringBuilder sb = new StringBuilder(headers).append("MIME-Version: 1.0\r\n");
        if (attachments.isEmpty()) {
            sb.append(bodyHeaders()).append("\r\n").append(base64(body.getBytes(StandardCharsets.UTF_8)));
        } else {
            sb.append("Content-Type: multipart/mixed; boundary=\"").append(BOUNDARY).append("\"\r\n\r\n");
            sb.append("--").append(BOUNDARY).append("\r\n").append(bodyHeaders()).append("\r\n")
                    .append(base64(body.getBytes(StandardCharsets.UTF_8)));
            for (Part p : attachments) {
                sb.append("--").append(BOUNDARY).append("\r\n")
                        .append("Content-Type: ").append(p.type()).append("\r\n")
                        .append("Content-Disposition: attachment; ").append(filename(p.name())).append("\r\n")
                        .append("Content-Transfer-Encoding: base64\r\n\r\n").append(base64(p.bytes()));
            }
            sb.append("--").append(BOUNDARY).append("--\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** An ASCII name as is; any other in RFC 2231 form ({@code filename*=UTF-8''%E7%A4%BE…}). */
    private static String filename(String name) {
        if (StandardCharsets.US_ASCII.newEncoder().canEncode(name)) {
            return EncoderUtil.encodeHeaderParameter("filename", name);
        }
        StringBuilder sb = new StringBuilder("filename*=UTF-8''");
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    private String bodyHeaders() {
        return "Content-Type: " + bodyType + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n";
    }

    private static String base64(byte[] bytes) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes) + "\r\n";
    }
}
