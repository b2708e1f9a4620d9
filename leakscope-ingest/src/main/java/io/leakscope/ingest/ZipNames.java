package io.leakscope.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * A zip member's name as its maker meant it. A zip says only whether a name is UTF-8 (a flag, or a
 * Unicode path field beside it); otherwise the bytes are in the maker's legacy code page, which
 * the zip does not name: Shift_JIS from a Japanese Windows, cp437 (the DOS code page Windows'
 * and 7-Zip's zips use in the West: {@code Gehaltsliste Mü.txt}), cp1252 from other tools
 * ({@code Café clients.txt}), GBK from a Chinese one ({@code 审计系统需求文档.doc}). The first that
 * reads the bytes without error wins, in that order — UTF-8, Shift_JIS, GB2312 —, then between
 * cp437 and cp1252 the one giving more accented Latin letters. Chinese is taken only in its common
 * plane (GB2312: both bytes of a character from 0xA1), which a Western name read as GBK is not: its
 * accented letter is followed by a plain one ({@code Müller}: 0xFC 0x6C). Never fails: a name that
 * none reads as valid is read as cp437, which maps every byte.
 */
final class ZipNames {
    private static final Charset CP437 = Charset.forName("IBM437");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** EUC-CN: the GB2312 characters of GBK, encoded as GBK encodes them. */
    private static final Charset GB2312 = Charset.forName("GB2312");

    private ZipNames() {
    }

    /** @param e an entry read with Latin-1 as the zip's charset: its name is then its raw bytes, unless the zip said UTF-8 */
    static String of(ZipArchiveEntry e) {
        byte[] raw = e.getRawName();
        boolean saidUtf8 = e.getGeneralPurposeBit().usesUTF8ForNames()
                || raw != null && !e.getName().equals(new String(raw, StandardCharsets.ISO_8859_1)); // taken from a Unicode path field
        return saidUtf8 ? e.getName() : decode(raw != null ? raw : e.getName().getBytes(StandardCharsets.ISO_8859_1));
    }

    static String decode(byte[] raw) {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charsets.CP932, GB2312}) {
            String s = strict(raw, cs);
            if (s != null) {
                return s;
            }
        }
        String dos = new String(raw, CP437);
        String windows = strict(raw, CP1252);
        return windows != null && accentedLetters(windows) > accentedLetters(dos) ? windows : dos;
    }

    private static String strict(byte[] raw, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Letters of Latin-1's upper half (À–ÿ): what a Western name's non-ASCII bytes mostly are. */
    private static int accentedLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u00C0' && c <= '\u00FF' && c != '\u00D7' && c != '\u00F7') {
                n++;
            }
        }
        return n;
    }
}
