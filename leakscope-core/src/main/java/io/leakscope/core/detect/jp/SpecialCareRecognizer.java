package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.BaseRecognizer;
import io.leakscope.core.detect.Candidate;
import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.CharPairs;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Special-care personal data (要配慮個人情報, APPI Art. 2(3)) in running text: a sentence that names
 * a medical condition, treatment, disability, criminal record or creed. The finding's value is the
 * sentence, kept as evidence for the reviewer. Base 0.45: the keyword alone is not enough (a health
 * insurance brochure names diseases too); a word tying it to a person's situation (休職, 診断, 通院,
 * 療養, 手帳, 逮捕 …) in the same sentence raises it to 0.8, and 保険 / パンフレット / セミナー in it
 * drop it. Labelled fields
 * (病歴：…, 休職理由：…) are found by the labelled-field recognizer.
 */
public final class SpecialCareRecognizer extends BaseRecognizer {
    private static final List<String> KEYWORDS = List.of(
            "うつ病", "適応障害", "統合失調症", "双極性障害", "パニック障害", "がん", "癌", "糖尿病", "脳梗塞", "心筋梗塞", "HIV", "肝炎", "妊娠", "流産",
            "障害者手帳", "身体障害", "知的障害", "精神障害", "発達障害", "前科", "逮捕", "起訴", "有罪判決", "服役",
            "信仰", "入信", "宗教団体", "被害届");
    private static final double BASE_SCORE = 0.45;
    private static final double IN_CONTEXT = 0.8;
    private static final List<String> BOOSTERS = List.of("休職", "診断", "通院", "療養", "入院", "治療", "服薬", "手帳",
            "主治医", "産業医", "逮捕", "判決", "diagnos", "sick leave", "treatment");
    private static final List<String> SUPPRESSORS = List.of("保険", "パンフレット", "キャンペーン", "brochure", "セミナー");

    public SpecialCareRecognizer() {
        // The context is the sentence itself, scored here rather than by the window-based enhancer.
        super("jp.special_care", Set.of(FindingType.SENSITIVE_INFO), ContextWords.NONE);
    }

    @Override
    public List<Candidate> analyze(NormalizedText text) {
        String s = text.normalized();
        List<Candidate> out = new ArrayList<>();
        int lastEnd = -1;
        for (int[] hit : keywordHits(s, text.charPairs())) {
            int start = sentenceStart(s, hit[0]);
            int end = sentenceEnd(s, hit[1]);
            if (start < lastEnd) {
                continue; // one finding per sentence
            }
            String sentence = s.substring(start, end).strip();
            double score = SUPPRESSORS.stream().anyMatch(sentence::contains) ? 0.0
                    : BOOSTERS.stream().anyMatch(sentence::contains) ? IN_CONTEXT : BASE_SCORE;
            out.add(new Candidate(FindingType.SENSITIVE_INFO, start, end, sentence, score));
            lastEnd = end;
        }
        return out;
    }

    /** Every keyword occurrence as {start, end}, in text order (an indexOf per keyword beats one big alternation). */
    private static List<int[]> keywordHits(String s, CharPairs pairs) {
        List<int[]> hits = new ArrayList<>();
        for (String k : KEYWORDS) {
            if (!pairs.mayContain(k)) {
                continue;
            }
            for (int i = s.indexOf(k); i >= 0; i = s.indexOf(k, i + 1)) {
                hits.add(new int[] {i, i + k.length()});
            }
        }
        hits.sort(java.util.Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> -h[1]));
        return hits;
    }

    private static int sentenceStart(String s, int from) {
        int i = from;
        while (i > 0 && "。\n".indexOf(s.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String s, int from) {
        int i = from;
        while (i < s.length() && "。\n".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return Math.min(s.length(), i < s.length() && s.charAt(i) == '。' ? i + 1 : i);
    }
}
