package io.leakscope.core.detect.jp;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;

/**
 * Company names by their legal-form marker, the way business cards and signatures write them:
 * {@code 株式会社○○}, {@code ○○株式会社}, {@code (株)○○}, {@code 有限会社}, {@code 合同会社}, and Latin
 * {@code ○○ Co., Ltd.} / {@code Inc.} / {@code Corporation} / {@code GmbH}. Reference: 会社法 第6条
 * (a company's trade name must contain its form). Base score 0.8, no validator (UNKNOWN).
 */
public final class CompanyNameRecognizer extends PatternRecognizer {
    private static final String[] FORMS = {"株式会社", "有限会社", "合同会社", "(株)", "(有)"};
    private static final String WORD = "[\\p{IsHan}\\p{IsKatakana}A-Za-z0-9ー・&]";

    public CompanyNameRecognizer() {
        super("jp.company_name", FindingType.COMPANY_NAME, List.of(
                NamedPattern.of("form-first", "(?:株式会社|有限会社|合同会社|\\(株\\)|\\(有\\)) ?" + WORD + "{1,20}", 0.8).near(FORMS),
                NamedPattern.of("form-last", WORD + "{1,20}(?:株式会社|有限会社|合同会社|\\(株\\))", 0.8).near(FORMS),
                NamedPattern.of("latin", "(?<![A-Za-z])[A-Z][A-Za-z0-9&\\-]*(?: [A-Z][A-Za-z0-9&\\-]*){0,4},? "
                        + "(?:Co\\., ?Ltd\\.|Inc\\.|Corporation|Corp\\.|LLC|Ltd\\.|GmbH|S\\.A\\.|Pte\\. Ltd\\.)", 0.8)
                        .near("Ltd.", "Inc.", "Corporation", "Corp.", "LLC", "GmbH", "S.A.")),
                new ContextWords(List.of("会社", "company", "取引先", "所属"), List.of()));
    }

    @Override
    protected Validity validate(String candidate) {
        return Validity.UNKNOWN;
    }
}
