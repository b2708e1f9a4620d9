package io.leakscope.core.resolve;

/**
 * One merge that formed a person: the two things it joined — a record (by id) or a master row
 * ({@code master hr_master 104233}) — and the key they shared ({@code email}, {@code name+phone},
 * {@code name→unique master}, {@code reviewer merge} …). A person's links form a tree over their
 * records and master row: together they say why each record is theirs. Kept compact (a million
 * merges per case): a record side is its id, a master side a shared string.
 *
 * @param fromRecord the record id on the first side, or -1 when it is a master row
 * @param fromMaster the master row on the first side, or {@code null}
 */
public record MergeLink(long fromRecord, String fromMaster, long toRecord, String toMaster, String reason) {
    private static final String RECORD = "record ";

    /** A link as written: each side {@code record 123} or {@code master SOURCE KEY}. */
    public static MergeLink of(String from, String to, String reason) {
        return new MergeLink(recordId(from), recordId(from) < 0 ? from : null, recordId(to), recordId(to) < 0 ? to : null, reason);
    }

    private static long recordId(String side) {
        return side.startsWith(RECORD) ? Long.parseLong(side.substring(RECORD.length())) : -1;
    }

    public String from() {
        return fromMaster != null ? fromMaster : RECORD + fromRecord;
    }

    public String to() {
        return toMaster != null ? toMaster : RECORD + toRecord;
    }

    static String master(MasterRecord m) {
        return "master " + m.source() + " " + m.key();
    }
}
