package io.leakscope.core.detect;

import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recognizer made of regular expressions, each with a base score, and a validator. A VALID
 * candidate scores at least {@link #VALIDATED_SCORE}; an INVALID one is dropped.
 */
public abstract class PatternRecognizer extends BaseRecognizer {
    private static final Pattern BLOCK_SEPARATOR = Pattern.compile("[\\s.\\-]");
    public static final double VALIDATED_SCORE = 0.85;

    private final FindingType type;
    private final List<NamedPattern> patterns;

    protected PatternRecognizer(String id, FindingType type, List<NamedPattern> patterns, ContextWords context) {
        super(id, typesOf(type, patterns), context);
        this.type = type;
        this.patterns = List.copyOf(patterns);
    }

    private static Set<FindingType> typesOf(FindingType main, List<NamedPattern> patterns) {
        Set<FindingType> types = EnumSet.of(main);
        patterns.stream().filter(p -> p.type() != null).forEach(p -> types.add(p.type()));
        return types;
    }

    /** The type of most of this recognizer's matches. */
    public FindingType mainType() {
        return type;
    }
    public List<NamedPattern> patterns() {
        return patterns;
    }

    @Override
    public List<Candidate> analyze(NormalizedText text) {
        List<Candidate> out = new ArrayList<>();
        String s = text.normalized();
        for (NamedPattern p : patterns) {
            boolean valueGroup = p.hasValueGroup();
            Matcher m = p.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            for (int[] region : regions(text, p)) {
                m.region(region[0], region[1]);
                while (m.find()) {
                    add(out, p, s, valueGroup ? m.start("v") : m.start(), valueGroup ? m.end("v") : m.end());
                }
            }
        }
        return out;
    }

    private void add(List<Candidate> out, NamedPattern p, String s, int start, int end) {
        String raw = s.substring(start, end);
        Validity v = validate(raw);
        if (v == Validity.INVALID) {
            return;
        }
        double score = v == Validity.VALID ? Math.max(p.baseScore(), validatedScore()) : p.baseScore();
        out.add(new Candidate(p.type() == null ? type : p.type(), start, end, normalize(raw), score));
    }

    /** Letters a digit-based identifier may carry around its digits (S1234567D, ABCDE1234F, AB 12 34 56 C). */
    private static final int AROUND_DIGITS = 8;

    /**
     * Where to search: the whole text; for an anchored pattern the stretches around its anchors; for
     * a digit-based one the stretches around long enough runs of digits; for a code in capitals the
     * stretches from long enough runs of capitals.
     */
    private static List<int[]> regions(NormalizedText text, NamedPattern p) {
        String s = text.normalized();
        if (p.minDigits() > 0) {
            List<int[]> runs = p.digitsAfterLetter() ? afterLetter(text.digitRuns(), s) : text.digitRuns();
            runs = p.hyphenBlocks().isEmpty() ? runs : withHyphenBlocks(runs, s, p.hyphenBlocks());
            return around(runs, p.minDigits(), p.minBlock(), AROUND_DIGITS, s.length());
        }
        if (p.minCapitals() > 0) {
            return around(text.capitalRuns(), p.minCapitals(), 0, 0, p.reach(), s.length());
        }
        return p.anchors().isEmpty() ? List.<int[]>of(new int[] {0, s.length()}) : Anchors.regions(text, p.anchors(), p.reach());
    }

    /** The runs whose first digit directly follows an ASCII letter. */
    private static List<int[]> afterLetter(List<int[]> runs, String s) {
        List<int[]> out = new ArrayList<>();
        for (int[] run : runs) {
            char before = run[0] > 0 ? s.charAt(run[0] - 1) : ' ';
            if (before < 128 && Character.isLetter(before)) {
                out.add(run);
            }
        }
        return out;
    }

    /** The runs with a part (between the spaces that join groups) of exactly these blocks of digits joined by hyphens. */
    private static List<int[]> withHyphenBlocks(List<int[]> runs, String s, List<Integer> blocks) {
        List<int[]> out = new ArrayList<>();
        for (int[] run : runs) {
            if (blocks.size() > 1 && run[3] == run[2]) {
                continue; // digits alone in a row: no hyphen
            }
            int partStart = run[0];
            for (int i = run[0]; i <= run[1]; i++) {
                if (i == run[1] || s.charAt(i) == ' ') {
                    if (hasBlocks(s, partStart, i, blocks)) {
                        out.add(run);
                        break;
                    }
                    partStart = i + 1;
                }
            }
        }
        return out;
    }

    /** Whether the digits and hyphens from {@code from} to {@code to} are blocks of exactly these lengths joined by hyphens. */
    private static boolean hasBlocks(String s, int from, int to, List<Integer> blocks) {
        int block = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '-') {
                digits++;
                continue;
            }
            if (block == blocks.size() - 1 || digits != blocks.get(block)) {
                return false;
            }
            block++;
            digits = 0;
        }
        return block == blocks.size() - 1 && digits == blocks.get(block);
    }

    /** Around digit runs {start, end, count, longest block}: {@link #AROUND_DIGITS} either side. */
    private static List<int[]> around(List<int[]> runs, int min, int minBlock, int reach, int length) {
        return around(runs, min, minBlock, reach, reach, length);
    }

    /**
     * The stretches from {@code before} ahead of each run {start, end, count[, longest block]} of at
     * least {@code min} (and a block of {@code minBlock}) to {@code after} past it, merged.
     */
    private static List<int[]> around(List<int[]> runs, int min, int minBlock, int before, int after, int length) {
        List<int[]> out = new ArrayList<>();
        for (int[] run : runs) {
            if (run[2] < min || minBlock > 0 && run[3] < minBlock) {
                continue;
            }
            int from = Math.max(0, run[0] - before);
            int to = Math.min(length, run[1] + after);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    /**
     * True when the whole value has this recognizer's format but fails its validation: a labelled
     * "SSN: 666-45-6789" is still not an SSN.
     */
    public boolean rejects(String value) {
        String v = value.strip();
        for (NamedPattern p : patterns) {
            String written = p.pattern().matcher(v).matches() ? v : inBlocks(v, p.hyphenBlocks());
            if (written != null && p.pattern().matcher(written).matches() && validate(written) == Validity.INVALID) {
                return true;
            }
        }
        return false;
    }

    /**
     * The digits of a value written without its pattern's hyphens ("666456789", "078 05 0000"),
     * joined by hyphens in the pattern's blocks (666-45-6789); null when its digits do not make them.
     * A labelled value is validated however it was written.
     */
    private static String inBlocks(String value, List<Integer> blocks) {
        if (blocks.isEmpty()) {
            return null;
        }
        String digits = BLOCK_SEPARATOR.matcher(value).replaceAll("");
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() != blocks.stream().mapToInt(Integer::intValue).sum()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int block : blocks) {
            b.append(b.length() == 0 ? "" : "-").append(digits, at, at + block);
            at += block;
        }
        return b.toString();
    }

    /** A whole value that has one of this recognizer's formats, and what the validator said of it. */
    public record WholeMatch(Candidate candidate, Validity validity) {
    }

    /**
     * The candidate a whole value makes when one of the patterns matches all of it and the validator
     * does not reject it: used to give a generically labelled value its specific type
     * ("Taxpayer ID: 123-45-6789" is a US SSN).
     */
    public Optional<WholeMatch> wholeMatch(String value) {
        String v = value.strip();
        for (NamedPattern p : patterns) {
            Validity validity;
            if (p.pattern().matcher(v).matches() && (validity = validate(v)) != Validity.INVALID) {
                Candidate c = new Candidate(p.type() == null ? type : p.type(), 0, v.length(), normalize(v), validatedScore());
                return Optional.of(new WholeMatch(c, validity));
            }
        }
        return Optional.empty();
    }

    protected abstract Validity validate(String candidate);

    /**
     * The score of a VALID candidate before context. Identifiers whose checksum a random number
     * passes often (Luhn: 1 in 10, My Number: 1 in 11) keep a score under the threshold until a
     * label confirms them.
     */
    protected double validatedScore() {
        return VALIDATED_SCORE;
    }

    protected String normalize(String candidate) {
        return candidate.strip();
    }
}
