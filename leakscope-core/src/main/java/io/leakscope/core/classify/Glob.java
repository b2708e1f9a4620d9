package io.leakscope.core.classify;

import java.util.regex.Pattern;

/**
 * Globs over leak-relative paths ({@code /}-separated, archive members as {@code a.zip!/b}):
 * {@code **}{@code /} matches zero or more folders, {@code **} anything, {@code *} anything within
 * one folder name, {@code ?} one character. Archive members count as folders of their archive.
 */
public final class Glob {
    private final String glob;
    private final Pattern regex;

    public Glob(String glob) {
        this.glob = glob;
        this.regex = Pattern.compile(toRegex(glob));
    }

    public boolean matches(String path) {
        return regex.matcher(path.replace("!/", "/")).matches();
    }

    static String toRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        String g = glob.replace("!/", "/");
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                boolean slash = i + 2 < g.length() && g.charAt(i + 2) == '/';
                sb.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                sb.append("[^/]*");
            } else if (c == '?') {
                sb.append("[^/]");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return glob;
    }
}
