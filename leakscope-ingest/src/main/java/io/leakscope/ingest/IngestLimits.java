package io.leakscope.ingest;

/**
 * Limits that keep a hostile leak from exhausting the machine.
 *
 * @param maxMemberBytes    an archive member larger than this (uncompressed) is skipped as too_large
 * @param inMemoryBytes     members up to this size stay in memory; larger ones go to a temporary file
 * @param maxArchiveDepth   archives nested deeper are skipped as depth_limit
 * @param maxTextChars      extracted text beyond this is cut (the file is still done)
 * @param maxEntries        an archive with more members is read only up to this count (bomb)
 * @param maxExpansionRatio total uncompressed / compressed size above this stops the archive (bomb)
 * @param perFileSeconds    reading and analysing one file taking longer is abandoned as timeout
 */
public record IngestLimits(long maxMemberBytes, int inMemoryBytes, int maxArchiveDepth, int maxTextChars,
                           int maxEntries, double maxExpansionRatio, int perFileSeconds) {
    public static final IngestLimits DEFAULT = new IngestLimits(2L << 30, 32 << 20, 8, 50_000_000, 100_000, 200.0, 300);

    /** The same limits with another time limit per file. */
    public IngestLimits withPerFileSeconds(int seconds) {
        return new IngestLimits(maxMemberBytes, inMemoryBytes, maxArchiveDepth, maxTextChars, maxEntries, maxExpansionRatio, seconds);
    }
}
