package io.leakscope.core.docclass;

import io.leakscope.core.classify.Glob;
import java.util.List;
import java.util.Optional;

/**
 * A case's own class rule ({@code document_classes} in case.yaml): documents whose path matches one
 * of the globs and, when keywords are given, whose text or path holds one of them, get the class.
 * Rules are tried in order before any other signal.
 */
public final class ClassRule {
    private final DocumentClass documentClass;
    private final List<String> paths;
    private final List<Glob> globs;
    private final List<String> keywords;

    public ClassRule(DocumentClass documentClass, List<String> paths, List<String> keywords) {
        if (paths.isEmpty() && keywords.isEmpty()) {
            throw new IllegalArgumentException("a document class rule needs a path or a keyword");
        }
        this.documentClass = documentClass;
        this.paths = List.copyOf(paths);
        this.globs = paths.stream().map(Glob::new).toList();
        this.keywords = keywords.stream().map(DocumentClassifier::lower).toList();
    }

    public DocumentClass documentClass() {
        return documentClass;
    }

    public List<String> paths() {
        return paths;
    }

    public List<String> keywords() {
        return keywords;
    }

    /** Why the rule matches this document (the glob and the keyword), if it does. */
    Optional<String> matches(String path, String lowerText) {
        String glob = null;
        for (int i = 0; i < globs.size() && glob == null; i++) {
            glob = globs.get(i).matches(path) ? paths.get(i) : null;
        }
        if (!globs.isEmpty() && glob == null) {
            return Optional.empty();
        }
        String where = glob == null ? "" : "path " + glob;
        if (keywords.isEmpty()) {
            return Optional.of(where);
        }
        String lowerPath = DocumentClassifier.lower(path);
        for (String k : keywords) {
            if (WordIndex.indexOf(lowerText, k, 0) >= 0 || WordIndex.indexOf(lowerPath, k, 0) >= 0) {
                return Optional.of((where.isEmpty() ? "" : where + ", ") + "keyword " + k);
            }
        }
        return Optional.empty();
    }
}
