package io.leakscope.core.docclass;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words that name each class of document (in folder and file names, titles, sheet names and
 * table headers) and the words typical of its content, in Japanese and English, lower case after
 * NFKC. The taxonomy and its sources are described in docs/DOCUMENT_CLASSES.md; a new word goes here.
 */
final class ClassVocabulary {
    /** Words that name a document of the class, and words its body typically holds. */
    record Terms(List<String> names, List<String> content) {
    }

    private static final Map<DocumentClass, Terms> TERMS = new EnumMap<>(DocumentClass.class);

    static {
        put(DocumentClass.CONTRACT,
                List.of("契約書", "契約", "覚書", "合意書", "約款", "秘密保持", "nda", "業務委託", "基本契約", "念書", "誓約書",
                        "contract", "agreement", "memorandum of understanding", "terms and conditions"),
                List.of("甲", "乙", "第1条", "第2条", "締結", "本契約", "契約期間", "有効期間", "解除", "記名押印", "損害賠償",
                        "hereinafter", "in witness whereof", "party", "parties", "termination", "governing law"));
        put(DocumentClass.INVOICE,
                List.of("請求書", "御請求書", "見積書", "御見積書", "見積", "納品書", "発注書", "注文書", "領収書", "請求",
                        "invoice", "quotation", "quote", "delivery note", "purchase order", "receipt"),
                List.of("請求金額", "支払期限", "お支払期限", "振込先", "小計", "消費税", "合計金額", "税込", "有効期限", "御中",
                        "amount due", "subtotal", "due date", "unit price", "total amount", "payment terms"));
        put(DocumentClass.SALES_DATA,
                List.of("売上", "販売実績", "売上集計", "受注", "販売", "出荷", "顧客別", "営業実績", "sales", "revenue", "orders",
                        "shipment", "bookings"),
                List.of("売上高", "数量", "単価", "金額", "品番", "品名", "出荷日", "受注日", "前年比", "達成率",
                        "quantity", "amount", "sku", "region", "units sold"));
        put(DocumentClass.FINANCE,
                List.of("経理", "会計", "決算", "決算短信", "業績予想", "仕訳", "予算", "財務", "経費精算", "経費", "資金繰り", "資金", "キャッシュフロー", "税務", "勘定",
                        "支払", "accounting", "finance", "ledger", "journal", "budget", "expense", "treasury", "cash flow", "tax return"),
                List.of("勘定科目", "借方", "貸方", "貸借対照表", "損益計算書", "減価償却", "売掛金", "買掛金", "未払金", "予実",
                        "debit", "credit", "balance sheet", "income statement", "accounts payable", "accounts receivable"));
        put(DocumentClass.HR,
                List.of("人事", "給与", "社員名簿", "名簿", "人事考課", "評価", "勤怠", "扶養", "異動", "退職", "身上書", "社会保険",
                        "休職", "労務", "賞与", "年末調整", "研修", "要員", "人員", "昇格", "personnel", "training", "payroll", "employee", "hr", "appraisal", "attendance",
                        "leave", "staff"),
                List.of("社員番号", "所属", "等級", "入社日", "基本給", "有給", "扶養親族", "雇用保険", "健康保険",
                        "employee id", "hire date", "salary", "grade"));
        put(DocumentClass.RECRUITING,
                List.of("採用", "応募者", "応募", "履歴書", "職務経歴書", "面接", "選考", "内定", "求人", "候補者",
                        "recruiting", "recruitment", "applicant", "candidate", "resume", "cv", "interview", "hiring"),
                List.of("学歴", "職歴", "志望動機", "面接日", "評価コメント", "合否", "希望年収",
                        "education", "work experience", "interview date"));
        put(DocumentClass.MEETING,
                List.of("議事録", "会議", "打合せ", "打ち合わせ", "ミーティング", "mtg", "定例", "取締役会", "経営会議", "会議資料",
                        "minutes", "meeting", "agenda"),
                List.of("出席者", "参加者", "議題", "決定事項", "次回", "欠席", "司会", "報告事項", "宿題事項",
                        "attendees", "action items", "next meeting", "decisions"));
        put(DocumentClass.PLANNING,
                List.of("検討", "企画", "計画", "戦略", "中期経営計画", "提案", "構想", "施策", "ロードマップ", "調査報告",
                        "study", "plan", "strategy", "proposal", "roadmap", "feasibility"),
                List.of("目的", "背景", "課題", "方針", "スケジュール", "効果", "案", "比較", "施策案",
                        "objective", "background", "options", "recommendation", "milestones"));
        put(DocumentClass.LEGAL,
                List.of("法務", "訴訟", "弁護士", "紛争", "法令", "コンプライアンス", "知的財産", "特許", "登記", "定款", "法律相談",
                        "legal", "litigation", "lawsuit", "counsel", "compliance", "patent"),
                List.of("原告", "被告", "裁判所", "準備書面", "和解", "法律事務所", "意見書", "条項", "法令遵守", "インサイダー取引", "規程",
                        "plaintiff", "defendant", "court", "settlement", "attorney"));
        put(DocumentClass.AUDIT,
                List.of("監査", "内部統制", "監査報告", "内部監査", "j-sox", "監査計画", "audit", "internal control"),
                List.of("指摘事項", "是正", "監査人", "被監査", "統制", "改善勧告", "評価結果",
                        "finding", "remediation", "auditor", "control deficiency"));
        put(DocumentClass.TECHNICAL,
                List.of("設計書", "仕様書", "図面", "技術", "開発", "試験", "テスト", "品質", "不具合", "ソースコード", "設計",
                        "design", "specification", "spec", "drawing", "engineering", "test report", "source code"),
                List.of("要件", "機能", "インタフェース", "寸法", "公差", "材質", "試験結果", "バージョン", "ブロック図",
                        "requirements", "interface", "tolerance", "firmware", "schematic"));
        put(DocumentClass.CUSTOMER_SERVICE,
                List.of("問い合わせ", "問合せ", "お問合せ", "苦情", "クレーム", "修理", "配送", "設置", "返品", "サポート",
                        "コールセンター", "顧客対応", "faq", "support", "inquiry", "complaint", "repair", "ticket"),
                List.of("受付日", "対応状況", "対応内容", "お客様", "配送先", "設置日", "返金", "問合せ番号",
                        "customer", "status", "resolution", "case number"));
        put(DocumentClass.SYSTEM_DATA,
                List.of("設定", "構成", "ログ", "アカウント", "アカウント一覧", "サーバ", "サーバー", "ネットワーク", "vpn",
                        "バックアップ", "システム", "config", "configuration", "log", "logs", "accounts", "server", "network",
                        "credentials", "inventory"),
                List.of("ip", "ホスト", "ポート", "ユーザid", "ログインid", "パスワード", "権限", "hostname", "host", "port",
                        "user id", "username", "password", "error", "warn", "info", "debug"));
        put(DocumentClass.EMAIL, List.of(), List.of());
        put(DocumentClass.OTHER, List.of(), List.of());
    }

    /**
     * Planning words that, right after another class's name word, only say what is done with that
     * subject: 採用計画 is a recruiting document, 監査計画 an audit one, 研修計画 an HR one.
     */
    private static final java.util.Set<String> GENERIC_HEADS = java.util.Set.of("計画", "検討", "企画", "提案", "施策", "構想");

    /** A vocabulary word seen in a text: its class, and whether it names the document or is content. */
    record Hit(DocumentClass documentClass, String word, boolean name) {
    }

    /** Every word of every class, so one pass over a text finds them all. */
    private static final WordIndex<Hit> INDEX = new WordIndex<>();

    static {
        TERMS.forEach((c, t) -> {
            t.names().forEach(w -> INDEX.add(w, new Hit(c, w, true)));
            t.content().forEach(w -> INDEX.add(w, new Hit(c, w, false)));
        });
    }

    private ClassVocabulary() {
    }

    /**
     * The distinct words of every class in a lower-cased text, in one pass: Japanese words anywhere,
     * English words only as whole words ("plan", not "explanation"). A word inside a longer word of
     * the same class and kind is dropped (見積 inside 見積書), and so is a planning word right after
     * another name word ({@link #GENERIC_HEADS}).
     */
    static List<Hit> scan(String text) {
        java.util.Set<Hit> hits = new java.util.LinkedHashSet<>();
        boolean[] nameEndsAt = new boolean[text.length() + 1];
        INDEX.forEachIn(text, (start, word, hit) -> {
            boolean head = hit.name() && GENERIC_HEADS.contains(word);
            if (head && nameEndsAt[start]) {
                return; // 採用計画 is recruiting, not planning
            }
            if (hit.name() && !head) {
                nameEndsAt[start + word.length()] = true;
            }
            hits.add(hit);
        });
        List<Hit> out = new java.util.ArrayList<>(hits);
        out.removeIf(h -> hits.stream().anyMatch(o -> o.documentClass() == h.documentClass() && o.name() == h.name()
                && o.word().length() > h.word().length() && o.word().contains(h.word())));
        return out;
    }

    private static void put(DocumentClass c, List<String> names, List<String> content) {
        TERMS.put(c, new Terms(names, content));
    }

}
