package io.leakscope.core.docclass;

import java.util.Arrays;

/**
 * The business classes of leaked documents (docs/DOCUMENT_CLASSES.md): what a disclosure lists as
 * "other information confirmed leaked" besides personal data. Ids are those of the inventory
 * export's {@code class} field.
 */
public enum DocumentClass {
    CONTRACT("contract", "契約書", "contracts"),
    INVOICE("invoice", "請求書・見積書・納品書", "invoices, quotations, delivery notes"),
    SALES_DATA("sales_data", "売上・販売データ", "sales data"),
    FINANCE("finance", "経理・財務", "accounting and finance"),
    HR("hr", "人事・労務", "HR and personnel"),
    RECRUITING("recruiting", "採用", "recruiting"),
    MEETING("meeting", "会議資料・議事録", "meeting minutes and materials"),
    PLANNING("planning", "内部検討・企画資料", "internal studies and planning"),
    LEGAL("legal", "法務", "legal"),
    AUDIT("audit", "監査", "audit"),
    TECHNICAL("technical", "技術・設計資料", "technical and design documents"),
    CUSTOMER_SERVICE("customer_service", "顧客対応", "customer service"),
    SYSTEM_DATA("system_data", "社内システムに関するデータ", "internal system data (configurations, logs, account lists)"),
    EMAIL("email", "電子メール", "e-mail"),
    OTHER("other", "その他", "other");

    private final String id;
    private final String japanese;
    private final String english;

    DocumentClass(String id, String japanese, String english) {
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

    public static DocumentClass fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown document class: " + id));
    }
}
