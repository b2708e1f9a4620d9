package io.leakscope.generator;

import io.leakscope.core.model.Element;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person of a generated leak as the generator knows them: who they are, where their data was put
 * and which elements of theirs each file holds. Mutable while the leak is being written.
 */
public final class TruthPerson {
    private final String id;
    private final String category;
    private final String name;
    private final String masterSource;
    private final String masterKey;
    private final Set<Element> elements = EnumSet.noneOf(Element.class);
    private final Set<String> documents = new TreeSet<>();

    public TruthPerson(String id, String category, String name, String masterSource, String masterKey) {
        this.id = id;
        this.category = category;
        this.name = name;
        this.masterSource = masterSource;
        this.masterKey = masterKey;
    }

    /** Records that the document holds these elements of this person. */
    public void exposedIn(String document, Element... found) {
        documents.add(document);
        elements.addAll(Set.of(found));
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

    public Set<Element> elements() {
        return elements;
    }

    public Set<String> documents() {
        return documents;
    }

    public boolean exposed() {
        return !documents.isEmpty();
    }

    public Set<String> elementIds() {
        Set<String> out = new TreeSet<>();
        elements.forEach(e -> out.add(e.id()));
        return out;
    }
}
