package io.leakscope.core.docclass;

import io.leakscope.core.detect.jp.NameMask;
import io.leakscope.core.text.Names;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags confidential corporate information in a document's text, each flag with its evidence:
 * <ul>
 *   <li>credentials and secrets — a password or key after its label, a private key block, a
 *       connection string, a cloud access key, an internal host name (the secret itself is never
 *       part of the evidence);</li>
 *   <li>insider-information candidates — 未公表, インサイダー, 重要事実, a 決算短信 draft, board
 *       materials, M&amp;A, tender offers, unpublished results;</li>
 *   <li>trade secrets — 設計書, ソースコード, 図面, 原価, 営業秘密 …;</li>
 *   <li>legal privilege — 弁護士, 訴訟, 法律事務所, attorney-client …</li>
 * </ul>
 * At most {@link #PER_RULE} flags per pattern and document: the first ones of each sort of evidence
 * show the reviewer where to look, and one sort (host names, say) cannot crowd out another (a key).
 */
public final class ConfidentialFlagDetector {
    static final int PER_RULE = 3;
    private static final int CONTEXT = 12;
    private static final int MAX_CHARS = 200_000;

    /**
     * A pattern with how its evidence is written: the match as is, or its label with the value
     * masked. Its anchors are lower-case literals of which every match holds one: the pattern runs
     * only on texts where an anchor occurs, which few do.
     */
    private record Rule(FlagKind kind, Pattern pattern, boolean maskValue, List<String> anchors) {
    }

    private static final List<Rule> RULES = List.of(
            secret("(?i)(?<label>password|passwd|pwd|パスワード|暗証番号|api[_-]?key|secret[_-]?key|access[_-]?token|client[_-]?secret)"
                    + "\\s*[:=：]\\s*[\"']?(?<value>[^\\s\"',;]{4,})",
                    "passw", "pwd", "パスワード", "暗証番号", "api", "secret", "access"),
            plain(FlagKind.CREDENTIAL, "-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----", "-----begin"),
            secret("(?i)(?<label>(?:jdbc:[a-z0-9]+|mongodb(?:\\+srv)?|mysql|postgres(?:ql)?|redis|amqp|sqlserver)://)(?<value>[^\\s\"']+)",
                    "://"),
            secret("(?<label>AKIA)(?<value>[0-9A-Z]{16})", "akia"),
            plain(FlagKind.CREDENTIAL, "(?i)\\b[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:local|internal|corp|lan|intra)\\b",
                    ".local", ".internal", ".corp", ".lan", ".intra"),
            plain(FlagKind.INSIDER_CANDIDATE, "未公表|未発表|インサイダー(?!取引防止|取引規程)|重要事実|決算短信\\s*[(（]?\\s*(?:案|ドラフト|draft)|取締役会資料|取締役会議事録"
                    + "|業績予想の修正|公開買付|株式交換|経営統合|買収|合併|(?i:\\bm&a\\b|\\bunpublished\\b|material non-public|tender offer|\\bmerger\\b)",
                    "未公表", "未発表", "インサイダー", "重要事実", "決算短信", "取締役会", "業績予想", "公開買付", "株式交換", "経営統合", "買収", "合併",
                    "m&a", "unpublished", "material non-public", "tender offer", "merger"),
            plain(FlagKind.TRADE_SECRET, "設計書|ソースコード|図面|製造原価|原価表|原価|配合表|営業秘密|ノウハウ"
                    + "|(?i:trade secret|source code|bill of materials|cost price)",
                    "設計書", "ソースコード", "図面", "原価", "配合表", "営業秘密", "ノウハウ", "trade secret", "source code", "bill of materials", "cost price"),
            plain(FlagKind.LEGAL_PRIVILEGE, "弁護士|法律事務所|訴訟|係争|秘匿特権|法律意見|(?i:attorney[- ]client|privileged|litigation|legal opinion)",
                    "弁護士", "法律事務所", "訴訟", "係争", "秘匿特権", "法律意見", "attorney", "privileged", "litigation", "legal opinion"));

    private static final WordIndex<Rule> ANCHORS = new WordIndex<>();

    static {
        RULES.forEach(rule -> rule.anchors().forEach(a -> ANCHORS.addAnywhere(a, rule)));
    }

    private static Rule secret(String regex, String... anchors) {
        return new Rule(FlagKind.CREDENTIAL, Pattern.compile(regex), true, List.of(anchors));
    }

    private static Rule plain(FlagKind kind, String regex, String... anchors) {
        return new Rule(kind, Pattern.compile(regex), false, List.of(anchors));
    }

    public List<ConfidentialFlag> detect(String text) {
        // NFKC: PDF text often carries Kangxi radicals (⽌ for 止) and full-width forms
        String s = Names.nfkc(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        Set<Rule> anchored = new HashSet<>();
        ANCHORS.forEachIn(asciiLowerCase(s), (start, word, rule) -> anchored.add(rule));
        Map<FlagKind, List<ConfidentialFlag>> byKind = new EnumMap<>(FlagKind.class);
        for (Rule rule : RULES) {
            if (!anchored.contains(rule)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(s);
            List<ConfidentialFlag> flags = byKind.computeIfAbsent(rule.kind(), k -> new ArrayList<>());
            for (int found = 0; found < PER_RULE && m.find(); found++) {
                flags.add(new ConfidentialFlag(rule.kind(), evidence(s, m, rule.maskValue()), line(s, m.start())));
            }
        }
        List<ConfidentialFlag> out = new ArrayList<>();
        byKind.values().forEach(out::addAll);
        return out;
    }

    /** Lower case for ASCII letters only, so offsets stay those of the text. */
    private static String asciiLowerCase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + 32);
            }
        }
        return new String(chars);
    }

    /** The label with its value masked, or the match with a little context on its line, digits and personal names masked. */
    private static String evidence(String s, Matcher m, boolean maskValue) {
        if (maskValue) {
            return m.group("label") + (m.group("label").endsWith("//") ? "" : ": ") + "****";
        }
        int lineStart = s.lastIndexOf('\n', m.start()) + 1;
        int lineEnd = s.indexOf('\n', m.end());
        int from = Math.max(lineStart, m.start() - CONTEXT);
        int to = Math.min(lineEnd < 0 ? s.length() : lineEnd, m.end() + CONTEXT);
        while (from < m.start() && from > lineStart && inWord(s, from - 1) && inWord(s, from)) {
            from++; // no half words: "cache01.intra", not "he: redis://cache01.intra"
        }
        while (to > m.end() && to < s.length() && inWord(s, to - 1) && inWord(s, to)) {
            to--;
        }
        // the words themselves stay readable ("Attorney-Client Privileged" has the shape of a name)
        String around = NameMask.mask(s.substring(from, m.start())) + m.group() + NameMask.mask(s.substring(m.end(), to));
        return around.strip().replaceAll("[0-9０-９]", "*");
    }

    private static boolean inWord(String s, int i) {
        char c = s.charAt(i);
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static int line(String s, int offset) {
        int n = 1;
        for (int i = s.indexOf('\n'); i >= 0 && i < offset; i = s.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    /** Lower-case id list, as the inventory export writes it. */
    public static List<String> kinds(List<ConfidentialFlag> flags) {
        return flags.stream().map(f -> f.kind().id().toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
