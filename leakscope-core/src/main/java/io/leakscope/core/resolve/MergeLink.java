package io.leakscope.core.resolve;

/**
 * One merge that formed a person: the two things it joined — {@code record 123} or
 * {@code master hr_master 104233} — and the key they shared ({@code email}, {@code name+phone},
 * {@code name→unique master}, {@code reviewer merge} …). A person's links form a tree over their
 * records and master row: together they say why each record is theirs.
 */
public record MergeLink(String from, String to, String reason) {

    static String record(long id) {
        return "record " + id;
    }

    static String master(MasterRecord m) {
        return "master " + m.source() + " " + m.key();
    }
}
