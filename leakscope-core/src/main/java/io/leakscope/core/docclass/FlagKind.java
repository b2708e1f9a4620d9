package io.leakscope.core.docclass;

import java.util.Arrays;
import java.util.Locale;

/** Kinds of confidential corporate information a document can be flagged for (inventory export {@code flags}). */
public enum FlagKind {
    CREDENTIAL("認証情報・秘密鍵", "credentials and secrets"),
    INSIDER_CANDIDATE("インサイダー情報の候補", "insider-information candidates"),
    TRADE_SECRET("営業秘密の候補", "trade-secret candidates"),
    LEGAL_PRIVILEGE("弁護士・訴訟関連", "legally privileged material");

    private final Label label;

    FlagKind(String japanese, String english) {
        this.label = new Label(japanese, english);
    }

    /** The id of exports, options and case rules: the constant's name in lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Label label() {
        return label;
    }

    public static FlagKind fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown flag kind: " + id));
    }
}
