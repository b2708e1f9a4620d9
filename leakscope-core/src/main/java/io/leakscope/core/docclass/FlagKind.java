package io.leakscope.core.docclass;

import java.util.Arrays;

/** Kinds of confidential corporate information a document can be flagged for (inventory export {@code flags}). */
public enum FlagKind {
    CREDENTIAL("credential", "認証情報・秘密鍵", "credentials and secrets"),
    INSIDER_CANDIDATE("insider_candidate", "インサイダー情報の候補", "insider-information candidates"),
    TRADE_SECRET("trade_secret", "営業秘密の候補", "trade-secret candidates"),
    LEGAL_PRIVILEGE("legal_privilege", "弁護士・訴訟関連", "legally privileged material");

    private final String id;
    private final String japanese;
    private final String english;

    FlagKind(String id, String japanese, String english) {
        this.id = id;
        this.japanese = japanese;
        this.english = english;
    }

    public String id() {
        return id;
    }

    public String japanese() {
        return japanese;
    }

    public String english() {
        return english;
    }

    public static FlagKind fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown flag kind: " + id));
    }
}
