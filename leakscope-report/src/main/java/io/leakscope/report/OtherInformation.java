package io.leakscope.report;

import io.leakscope.core.docclass.ConfidentialFlag;
import io.leakscope.core.docclass.DocumentClass;
import io.leakscope.core.docclass.FlagKind;
import io.leakscope.core.model.InventoryEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What else leaked besides personal data: the documents by business class with example paths and
 * why they got their class, the documents flagged as confidential by kind, and for every kind
 * flagged nowhere the negative statement with its evidence (how many documents were read).
 * Archives and mail stores count through their members, not as documents of their own.
 *
 * @param documents    documents counted (every file and member but containers)
 * @param read         of those, documents whose text was read (flags need the text)
 * @param unclassified documents of a scan made before classification existed
 */
public record OtherInformation(int documents, int read, int unclassified, List<ClassCount> classes, Map<FlagKind, List<Flagged>> flagged) {
    static final int EXAMPLES = 3;

    public record ClassCount(DocumentClass documentClass, int documents, List<Example> examples) {
    }

    public record Example(String path, String explanation) {
    }

    public record Flagged(String path, List<ConfidentialFlag> flags) {
    }

    public static OtherInformation of(List<InventoryEntry> entries) {
        Set<String> containers = new HashSet<>();
        entries.stream().filter(e -> e.parent() != null).forEach(e -> containers.add(e.parent()));
        Map<DocumentClass, List<InventoryEntry>> byClass = new EnumMap<>(DocumentClass.class);
        Map<FlagKind, List<Flagged>> flagged = new EnumMap<>(FlagKind.class);
        int documents = 0;
        int read = 0;
        int unclassified = 0;
        for (InventoryEntry e : entries) {
            if (containers.contains(e.path())) {
                continue;
            }
            documents++;
            read += e.status().equals("done") ? 1 : 0;
            if (e.classification() == null) {
                unclassified++;
                continue;
            }
            byClass.computeIfAbsent(e.classification().documentClass(), k -> new ArrayList<>()).add(e);
            for (FlagKind kind : FlagKind.values()) {
                List<ConfidentialFlag> of = e.classification().flags().stream().filter(f -> f.kind() == kind).toList();
                if (!of.isEmpty()) {
                    flagged.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Flagged(e.path(), of));
                }
            }
        }
        List<ClassCount> classes = new ArrayList<>();
        byClass.forEach((c, list) -> classes.add(new ClassCount(c, list.size(), examples(list))));
        // the most documents first; "other" last whatever its count: it is what is left
        classes.sort(Comparator.comparing((ClassCount c) -> c.documentClass() == DocumentClass.OTHER)
                .thenComparing(ClassCount::documents, Comparator.reverseOrder()));
        return new OtherInformation(documents, read, unclassified, classes, flagged);
    }

    /** The first documents read of the class (those have the fullest explanation), then the others. */
    private static List<Example> examples(List<InventoryEntry> list) {
        List<Example> out = new ArrayList<>();
        list.stream().sorted((a, b) -> Boolean.compare(!a.status().equals("done"), !b.status().equals("done")))
                .limit(EXAMPLES).forEach(e -> out.add(new Example(e.path(), e.classification().explanation())));
        return out;
    }

    /** "No insider-information candidates found in 1,234 documents read (5 could not be read)." in both languages. */
    public String notFoundSentence(FlagKind kind) {
        return kind.label().japanese() + "は、読み取れた " + read + " 件の文書に見つかりませんでした（読み取れなかった文書 " + (documents - read)
                + " 件）。 / No " + kind.label().english() + " found in " + read + " documents read (" + (documents - read) + " could not be read).";
    }
}
