package io.leakscope.ingest;

/**
 * Limits that keep a hostile leak from exhausting the machine.
 *
 * @param maxMemberBytes    an archive member larger than this (uncompressed) is skipped as too_large
 * @param inMemoryBytes     members up to this size stay in memory; larger ones go to a temporary file
 * @param maxArchiveDepth   archives nested deeper are skipped as depth_limit
 * @param maxTextChars      table cells of one document beyond this many characters are left out (the file is done,
 *                          with the limit named in its reason)
 * @param maxEntries        an archive with more members is read only up to this count (bomb)
 * @param maxExpansionRatio total uncompressed / compressed size above this stops the archive (bomb)
 * @param perFileSeconds    reading and analysing one file taking longer is abandoned as timeout
 * @param textPartChars     a text longer than this is read in parts of at most this many characters, each
 *                          analysed on its own ({@link TextParts}): nothing of it is dropped, and no reader
 *                          or scan holds more than a part
 */
public record IngestLimits(long maxMemberBytes, int inMemoryBytes, int maxArchiveDepth, int maxTextChars,
                           int maxEntries, double maxExpansionRatio, int perFileSeconds, int textPartChars) {
    public static final IngestLimits DEFAULT = new IngestLimits(2L << 30, 32 << 20, 8, 50_000_000, 100_000, 200.0, 300,
            TextParts.DEFAULT_MAX_CHARS);

    /** The same limits with another time limit per file. */
    public IngestLimits withPerFileSeconds(int seconds) {
        return new IngestLimits(maxMemberBytes, inMemoryBytes, maxArchiveDepth, maxTextChars, maxEntries, maxExpansionRatio, seconds,
                textPartChars);
    }

    /** The same limits with another part size for long texts. */
    public IngestLimits withTextPartChars(int chars) {
        return new IngestLimits(maxMemberBytes, inMemoryBytes, maxArchiveDepth, maxTextChars, maxEntries, maxExpansionRatio, perFileSeconds,
                chars);
    }
}
