package io.leakscope.generator;

import io.leakscope.core.model.Element;
import io.leakscope.core.model.FindingType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person of a generated leak as the generator knows them: who they are, and every value of theirs
 * it wrote into which file. Their exposed elements and documents follow from those values. Mutable
 * while the leak is being written.
 */
public final class TruthPerson {
    private final String id;
    private final String category;
    private final String name;
    private final String masterSource;
    private final String masterKey;
    private final List<TruthFinding> findings = new ArrayList<>();

    public TruthPerson(String id, String category, String name, String masterSource, String masterKey) {
        this.id = id;
        this.category = category;
        this.name = name;
        this.masterSource = masterSource;
        this.masterKey = masterKey;
    }

    /** Records that the document holds this value of the person, of this type. */
    public TruthPerson holds(String document, FindingType type, String value) {
        findings.add(new TruthFinding(document, type, value, false));
        return this;
    }

    /** Records a value of the person that a scan may or may not report (see {@link TruthFinding#optional}). */
    public TruthPerson mentions(String document, FindingType type, String value) {
        findings.add(new TruthFinding(document, type, value, true));
        return this;
    }

    public String id() {
        return id;
    }

    public String category() {
        return category;
    }

    public String name() {
        return name;
    }

    public String masterSource() {
        return masterSource;
    }

    public String masterKey() {
        return masterKey;
    }

    public List<TruthFinding> findings() {
        return findings;
    }

    public Set<Element> elements() {
        Set<Element> out = EnumSet.noneOf(Element.class);
        findings.stream().filter(f -> !f.optional()).forEach(f -> out.add(f.type().element()));
        return out;
    }

    public Set<String> documents() {
        Set<String> out = new TreeSet<>();
        findings.stream().filter(f -> !f.optional()).forEach(f -> out.add(f.document()));
        return out;
    }

    public boolean exposed() {
        return !documents().isEmpty();
    }

    public Set<String> elementIds() {
        Set<String> out = new TreeSet<>();
        elements().forEach(e -> out.add(e.id()));
        return out;
    }
}
