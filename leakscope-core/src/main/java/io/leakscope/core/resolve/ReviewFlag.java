package io.leakscope.core.resolve;

import java.util.Locale;

/**
 * Why a person needs a reviewer's look before the numbers are signed: counted, but shown apart so
 * that a reviewer can triage such persons in bulk.
 */
public enum ReviewFlag {
    /** Known only from addresses in machine logs: no name, no master row. */
    SYSTEM_LOGS_ONLY("seen only in system logs", "システムログのみ"),
    /** A key of theirs also joins a group linked to another master row: not merged automatically. */
    MASTER_CONFLICT("conflicts with another master row", "別のマスタ行と競合"),
    /**
     * Known only from mail header lines (From, To, Cc …): no master row, never in a document's body.
     * Who wrote or was sent a mail in the leak is affected, and counted; but an attacker's own address
     * in a mail planted in the share looks the same, so no notice is written to them until a reviewer
     * has decided (given them a category: {@code person category}).
     */
    HEADER_ONLY("known only from mail headers", "メールヘッダーのみ"),
    /**
     * Not linked to a master row, with an identifier of their own (a passport number on a traveller
     * list), and named as several master rows are (two employees read キタノ ダイスケ): counted apart,
     * since a name does not say which of them it is, if any; a reviewer merges them or confirms.
     */
    NAME_OF_SEVERAL_MASTERS("named as several master rows", "複数のマスタ行と同名");

    private final String en;
    private final String ja;

    ReviewFlag(String en, String ja) {
        this.en = en;
        this.ja = ja;
    }

    /** The id in exports and on the command line, e.g. {@code system_logs_only}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String english() {
        return en;
    }

    public String japanese() {
        return ja;
    }

    public static ReviewFlag fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
