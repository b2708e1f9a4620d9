package io.leakscope.bench;

import io.leakscope.generator.FileWriters;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The bulk of a real file-server leak: business documents without personal data — sales and stock
 * workbooks, reports, manuals, logs, mails with attachments, zipped folders — in the formats and
 * sizes a company keeps, so that a benchmark corpus costs the parsers what a real one does.
 */
final class FillerDocuments {
    private static final String[] WORDS = ("売上 見積 在庫 納期 品番 出荷 請求 発注 検収 仕様 設計 試験 工程 品質 改善 予算 実績 計画 会議 報告 "
            + "確認 対応 顧客 製品 部品 保守 契約 更新 承認 手順 課題 進捗 評価 分析 比較 調達 物流 倉庫 生産 開発 営業 企画 管理 "
            + "システム サーバ ネットワーク データ 移行 障害 復旧 監視 設定 変更 リリース テスト 文書 資料 議事録 方針 目標 結果").split(" ");
    private static final String[] PARTICLES = {"の", "を", "に", "と", "は", "で", "について", "に関する"};
    private static final String[] ENDINGS = {"を実施した。", "について確認する。", "の見直しが必要である。", "は予定どおり進んでいる。", "を報告する。"};

    private final Random random;

    FillerDocuments(long seed) {
        this.random = new Random(seed);
    }

    /** One document of a random kind; the name's extension tells its format. */
    Map.Entry<String, byte[]> next(int index) throws IOException {
        int kind = random.nextInt(100);
        if (kind < 40) {
            return Map.entry(String.format("売上集計_%05d.xlsx", index), salesWorkbook(300 + random.nextInt(1500)));
        } else if (kind < 65) {
            return Map.entry(String.format("報告書_%05d.docx", index), FileWriters.docx(paragraphs(10 + random.nextInt(80))));
        } else if (kind < 78) {
            return Map.entry(String.format("手順書_%05d.pdf", index), FileWriters.pdf(paragraphs(20 + random.nextInt(120)))
                    .orElseGet(() -> String.join("\n", paragraphs(40)).getBytes(StandardCharsets.UTF_8)));
        } else if (kind < 90) {
            return Map.entry(String.format("出荷ログ_%05d.csv", index), FileWriters.csv(logRows(200 + random.nextInt(3000)),
                    random.nextBoolean() ? Charset.forName("windows-31j") : StandardCharsets.UTF_8));
        } else if (kind < 96) {
            return Map.entry(String.format("連絡_%05d.eml", index), FileWriters.eml("system@example-corp.co.jp", "sales@example-corp.co.jp",
                    "週次報告 " + index, "Mon, 7 Oct 2024 09:00:00 +0900", String.join("\n", paragraphs(5 + random.nextInt(30)))));
        }
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("集計.xlsx", salesWorkbook(200 + random.nextInt(600)));
        members.put("報告.docx", FileWriters.docx(paragraphs(20)));
        return Map.entry(String.format("フォルダ_%05d.zip", index), FileWriters.zip(members));
    }

    private byte[] salesWorkbook(int rows) throws IOException {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(List.of("品番", "品名", "数量", "単価", "金額", "出荷日", "倉庫"));
        for (int i = 0; i < rows; i++) {
            int qty = 1 + random.nextInt(500);
            int price = 100 + random.nextInt(90_000);
            sheet.add(List.of(String.format("P-%06d", random.nextInt(1_000_000)), word() + word(), Integer.toString(qty),
                    Integer.toString(price), Integer.toString(qty * price), String.format("2024/%02d/%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    "第" + (1 + random.nextInt(9)) + "倉庫"));
        }
        return FileWriters.xlsx(Map.of("集計", sheet));
    }

    private List<List<String>> logRows(int rows) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("日時", "伝票番号", "品番", "数量", "状態"));
        for (int i = 0; i < rows; i++) {
            out.add(List.of(String.format("2024-%02d-%02d %02d:%02d", 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60)),
                    Integer.toString(10_000_000 + random.nextInt(90_000_000)), String.format("P-%06d", random.nextInt(1_000_000)),
                    Integer.toString(1 + random.nextInt(100)), random.nextBoolean() ? "出荷済" : "引当済"));
        }
        return out;
    }

    List<String> paragraphs(int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < 2 + random.nextInt(4); s++) {
                sb.append(word()).append(PARTICLES[random.nextInt(PARTICLES.length)]).append(word()).append(word())
                        .append(ENDINGS[random.nextInt(ENDINGS.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
