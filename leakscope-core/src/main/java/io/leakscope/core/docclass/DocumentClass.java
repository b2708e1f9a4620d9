package io.leakscope.core.docclass;

import java.util.Arrays;
import java.util.Locale;

/**
 * The business classes of leaked documents (docs/DOCUMENT_CLASSES.md): what a disclosure lists as
 * "other information confirmed leaked" besides personal data. Ids are those of the inventory
 * export's {@code class} field.
 */
public enum DocumentClass {
    CONTRACT("契約書", "contracts"),
    INVOICE("請求書・見積書・納品書", "invoices, quotations, delivery notes"),
    SALES_DATA("売上・販売データ", "sales data"),
    FINANCE("経理・財務", "accounting and finance"),
    HR("人事・労務", "HR and personnel"),
    RECRUITING("採用", "recruiting"),
    MEETING("会議資料・議事録", "meeting minutes and materials"),
    PLANNING("内部検討・企画資料", "internal studies and planning"),
    LEGAL("法務", "legal"),
    AUDIT("監査", "audit"),
    TECHNICAL("技術・設計資料", "technical and design documents"),
    CUSTOMER_SERVICE("顧客対応", "customer service"),
    SYSTEM_DATA("社内システムに関するデータ", "internal system data (configurations, logs, account lists)"),
    EMAIL("電子メール", "e-mail"),
    OTHER("その他", "other");

    private final Label label;

    DocumentClass(String japanese, String english) {
        this.label = new Label(japanese, english);
    }

    /** The id of exports, options and case rules: the constant's name in lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Label label() {
        return label;
    }

    public static DocumentClass fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown document class: " + id));
    }
}
