package io.leakscope.core.detect.common;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Credentials: passwords and PINs in labelled fields ({@code パスワード：xxxx}, {@code password=xxxx},
 * {@code 暗証番号 1234}), PEM private keys, and API tokens with a documented prefix (AWS access key
 * ids AKIA…, GitHub ghp_/gho_/ghs_, Slack xox?-, Google AIza…). The value group is the secret.
 * Labelled secrets 0.85 ({@code password}); private keys 0.95 ({@code private_key}); token formats 0.9
 * ({@code api_token}). Placeholders (****, xxxx, 未設定) are INVALID.
 */
public final class CredentialRecognizer extends PatternRecognizer {
    private static final Pattern MASKED = Pattern.compile("[*x•●-]+");

    public CredentialRecognizer() {
        super("common.credential", FindingType.PASSWORD, List.of(
                NamedPattern.of("labelled", "(?i)(?:パスワード|password|passwd|pwd|パスコード|暗証番号|\\bpin\\b)\\s*(?:[:=]|は)\\s*(?<v>[^\\s,;]{3,64})", 0.85)
                        .within(80, "パスワード", "パスコード", "暗証番号", "assword", "ASSWORD", "asswd", "ASSWD", "pwd", "PWD", "Pwd", "pin", "PIN", "Pin"),
                NamedPattern.of("private-key", "-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----", 0.95, FindingType.PRIVATE_KEY).near("-----BEGIN"),
                NamedPattern.of("aws-key-id", "(?<![A-Z0-9])AKIA[0-9A-Z]{16}(?![A-Z0-9])", 0.9, FindingType.API_TOKEN).near("AKIA"),
                NamedPattern.of("github-token", "(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9])", 0.9, FindingType.API_TOKEN).near("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
                NamedPattern.of("slack-token", "(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9-]{10,72}", 0.9, FindingType.API_TOKEN).within(80, "xox"),
                NamedPattern.of("google-api-key", "(?<![A-Za-z0-9])AIza[0-9A-Za-z_\\-]{35}(?![A-Za-z0-9])", 0.9, FindingType.API_TOKEN).near("AIza")),
                ContextWords.NONE);
    }

    @Override
    protected Validity validate(String candidate) {
        String c = candidate.toLowerCase(java.util.Locale.ROOT);
        boolean placeholder = MASKED.matcher(c).matches() || c.equals("未設定") || c.equals("なし") || c.equals("none")
                || c.equals("null") || c.equals("changeme?") || c.startsWith("<") || c.startsWith("${");
        return placeholder ? Validity.INVALID : Validity.UNKNOWN;
    }
}
