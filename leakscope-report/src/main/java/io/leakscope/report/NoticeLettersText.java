package io.leakscope.report;

/** How the cause of a leak is said to the persons and the regulator, in Japanese and English. */
final class NoticeLettersText {
    private NoticeLettersText() {
    }

    static String causeJa(String cause) {
        return switch (cause == null ? "" : cause) {
            case "ransomware" -> "第三者によるランサムウェア攻撃（不正アクセス）";
            case "unauthorized_access" -> "第三者による不正アクセス";
            case "malware" -> "マルウェア感染";
            case "misdelivery" -> "誤送付";
            case "loss" -> "記録媒体の紛失";
            default -> "情報セキュリティ事故";
        };
    }

    static String causeEn(String cause) {
        return switch (cause == null ? "" : cause) {
            case "ransomware" -> "a ransomware attack by a third party";
            case "unauthorized_access" -> "unauthorised access by a third party";
            case "malware" -> "a malware infection";
            case "misdelivery" -> "a misdelivery";
            case "loss" -> "the loss of a storage medium";
            default -> "a security incident";
        };
    }

}
