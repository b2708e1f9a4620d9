package io.leakscope.core.detect.common;

import io.leakscope.core.detect.ContextWords;
import io.leakscope.core.detect.NamedPattern;
import io.leakscope.core.detect.PatternRecognizer;
import io.leakscope.core.detect.Validity;
import io.leakscope.core.model.FindingType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Windows domain logins in running text, DOMAIN&#92;user (down-level logon name, NetBIOS domain
 * of up to 15 characters). File paths share the backslash, so a match inside a path (a backslash
 * before or after it) is not taken, and well-known path roots (Users, Windows, Program Files,
 * HKLM …) are INVALID, as are the built-in principals and machine names a server writes in that form
 * (NT AUTHORITY&#92;SYSTEM, BUILTIN&#92;Administrators, an Exchange connector's EXMB01&#92;Default). Base 0.6; account and login words raise it, folder and path words lower it.
 * Labelled ids (ログインID：…, User ID: …) are read by the labelled-field recognizer.
 */
public final class LoginIdRecognizer extends PatternRecognizer {
    private static final Set<String> PATH_ROOTS = Set.of("users", "windows", "system32", "documents", "desktop", "program files",
            "programdata", "appdata", "hklm", "hkcu", "hkey_local_machine", "hkey_current_user", "software", "share", "shared",
            "public", "temp", "tmp", "data", "home");
    private static final Set<String> FILE_EXTENSIONS = Set.of("txt", "csv", "xlsx", "xls", "docx", "doc", "pptx", "pdf", "zip",
            "exe", "dll", "log", "ini", "bat", "ps1", "msg", "eml", "jpg", "png", "json", "xml", "html");

    /** Principals that are no one: Windows' built-in accounts and groups, servers' default names. */
    private static final Set<String> BUILT_IN = Set.of("system", "localsystem", "localservice", "local service", "networkservice",
            "network service", "administrator", "administrators", "admin", "guest", "guests", "default", "everyone", "authenticated users",
            "domain users", "domain admins", "anonymous", "krbtgt", "iusr", "service", "services", "nt authority", "builtin");

    public LoginIdRecognizer() {
        super("common.login_id", FindingType.SYSTEM_ACCOUNT, List.of(
                NamedPattern.of("domain-user", "(?<![\\\\\\w.:/-])[A-Za-z][A-Za-z0-9-]{1,14}\\\\[A-Za-z][A-Za-z0-9._-]{1,63}(?![\\\\\\w])", 0.6).within(80, "\\")),
                new ContextWords(List.of("アカウント", "account", "ログイン", "login", "logon", "ユーザー", "user", "ドメイン", "domain"),
                        List.of("フォルダ", "folder", "パス", "path", "保存先", "ファイル", "file", "共有", "directory")));
    }

    @Override
    protected Validity validate(String candidate) {
        String[] parts = candidate.toLowerCase(Locale.ROOT).split("\\\\", 2);
        int dot = parts[1].lastIndexOf('.');
        boolean file = dot > 0 && FILE_EXTENSIONS.contains(parts[1].substring(dot + 1));
        boolean builtIn = BUILT_IN.contains(parts[0]) || BUILT_IN.contains(parts[1]);
        return PATH_ROOTS.contains(parts[0]) || PATH_ROOTS.contains(parts[1]) || file || builtIn ? Validity.INVALID : Validity.UNKNOWN;
    }

    @Override
    protected String normalize(String candidate) {
        return candidate.toLowerCase(Locale.ROOT);
    }
}
