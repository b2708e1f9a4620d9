package io.leakscope.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes text files of unknown encoding as Japanese offices write them: UTF-8 (with or without
 * BOM), Shift_JIS — decoded as windows-31j (CP932), which also has 髙, ①, ㈱ — EUC-JP,
 * ISO-2022-JP, UTF-16 with BOM.
 */
public final class Charsets {
    public static final Charset CP932 = Charset.forName("windows-31j");

    private Charsets() {
    }

    public static Charset detect(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return StandardCharsets.UTF_16;
        }
        if (isUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return CP932;
        }
        return switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "SHIFT_JIS", "SHIFT-JIS", "WINDOWS-31J", "MS932", "CP932" -> CP932;
            case "EUC-JP" -> Charset.forName("EUC-JP");
            case "ISO-2022-JP" -> Charset.forName("ISO-2022-JP");
            default -> Charset.isSupported(name) ? Charset.forName(name) : CP932;
        };
    }

    public static Charset byName(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "shift_jis", "sjis", "cp932", "windows-31j", "ms932" -> CP932;
            default -> Charset.forName(name);
        };
    }

    public static String decode(byte[] bytes) {
        Charset cs = detect(bytes);
        String s = new String(bytes, cs);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A file or member name's bytes: UTF-8 when they are valid UTF-8, else Windows-31J (Shift_JIS). */
    public static String decodeName(byte[] bytes) {
        return new String(bytes, isUtf8(bytes) ? StandardCharsets.UTF_8 : CP932);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
