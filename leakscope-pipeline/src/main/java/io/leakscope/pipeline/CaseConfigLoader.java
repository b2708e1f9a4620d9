package io.leakscope.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.leakscope.core.classify.CategoryClassifier;
import io.leakscope.core.classify.CategoryRule;
import io.leakscope.core.classify.Glob;
import io.leakscope.core.docclass.ClassRule;
import io.leakscope.core.docclass.DocumentClass;
import io.leakscope.core.model.Element;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Loads {@code case.yaml}: unknown keys and unknown element names are errors naming the key and line. */
public final class CaseConfigLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    /** The YAML document's top level, mapping the {@code case} key. */
    record Document(CaseConfig.CaseInfo caseInfo, List<CaseConfig.Master> masters, List<CaseConfig.Rule> rules,
                    String defaultCategory, String relativeCategory, List<CaseConfig.DocumentClassRule> documentClasses) {
        @JsonCreator
        Document(@JsonProperty("case") CaseConfig.CaseInfo caseInfo, @JsonProperty("masters") List<CaseConfig.Master> masters,
                 @JsonProperty("rules") List<CaseConfig.Rule> rules, @JsonProperty("default_category") String defaultCategory,
                 @JsonProperty("relative_category") String relativeCategory,
                 @JsonProperty("document_classes") List<CaseConfig.DocumentClassRule> documentClasses) {
            this.caseInfo = caseInfo;
            this.masters = masters;
            this.rules = rules;
            this.defaultCategory = defaultCategory;
            this.relativeCategory = relativeCategory;
            this.documentClasses = documentClasses;
        }
    }

    private CaseConfigLoader() {
    }

    public static CaseConfig load(Path file) {
        String text = "";
        try {
            text = Files.readString(file);
            Document d = YAML.readValue(text, Document.class);
            if (d == null || d.caseInfo() == null) {
                throw new ConfigException(file + ": the key 'case' is missing");
            }
            CaseConfig config = new CaseConfig(d.caseInfo(), d.masters(), d.rules(), d.defaultCategory(), d.relativeCategory(),
                    d.documentClasses());
            validate(file, config);
            return config;
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + ": unknown key '" + e.getPropertyName() + "' at line "
                    + keyLine(text, e.getPropertyName(), e.getLocation().getLineNr()) + " (allowed: " + e.getKnownPropertyIds() + ")");
        } catch (JsonMappingException e) {
            throw new ConfigException(file + ": " + e.getOriginalMessage() + " at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The parser reports the line after the key's value; the key is the last line at or before it naming it. */
    static int keyLine(String text, String key, int reported) {
        String[] lines = text.split("\n", -1);
        for (int i = Math.min(reported, lines.length) - 1; i >= 0; i--) {
            String l = lines[i].strip();
            if (l.startsWith(key + ":") || l.startsWith("- " + key + ":")) {
                return i + 1;
            }
        }
        return reported;
    }

    private static void validate(Path file, CaseConfig c) {
        Set<String> names = new HashSet<>();
        for (CaseConfig.Master m : c.masters()) {
            require(file, m.name() != null && names.add(m.name()), "every master needs a unique 'name'");
            require(file, m.path() != null, "master '" + m.name() + "' needs a 'path'");
            require(file, m.category() != null, "master '" + m.name() + "' needs a 'category'");
            require(file, m.key() != null, "master '" + m.name() + "' needs a 'key' column");
            m.columns().keySet().forEach(e -> element(file, e));
        }
        validateClassRules(file, c);
        for (CaseConfig.Rule r : c.rules()) {
            require(file, r.category() != null, "every rule needs a 'category'");
            if (r.when() != null && r.when().hasElements() != null) {
                r.when().hasElements().forEach(e -> element(file, e));
            }
        }
    }

    /** The case's document class rules, checked: a known class, and a path or a keyword to match. */
    public static List<ClassRule> classRules(CaseConfig c) {
        return c.documentClasses().stream().map(r -> new ClassRule(DocumentClass.fromId(r.documentClass()),
                r.when().path(), r.when().keywords())).toList();
    }

    private static void validateClassRules(Path file, CaseConfig c) {
        for (CaseConfig.DocumentClassRule r : c.documentClasses()) {
            require(file, r.documentClass() != null, "every document class rule needs a 'class'");
            try {
                DocumentClass.fromId(r.documentClass());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(file + ": " + e.getMessage() + " (known: "
                        + java.util.Arrays.stream(DocumentClass.values()).map(DocumentClass::id).toList() + ")");
            }
            require(file, r.when() != null && !(r.when().path().isEmpty() && r.when().keywords().isEmpty()),
                    "document class rule '" + r.documentClass() + "' needs 'when' with a 'path' or 'keywords'");
        }
    }

    private static Element element(Path file, String id) {
        try {
            return Element.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }

    private static void require(Path file, boolean ok, String message) {
        if (!ok) {
            throw new ConfigException(file + ": " + message);
        }
    }

    /** The classifier for persons in no master, from the case rules. */
    public static CategoryClassifier classifier(CaseConfig c) {
        List<CategoryRule> rules = c.rules().stream().map(r -> rule(r, c.caseInfo().ownEmailDomains())).toList();
        return new CategoryClassifier(rules, c.defaultCategory(), c.relativeCategory());
    }

    private static CategoryRule rule(CaseConfig.Rule r, List<String> own) {
        CaseConfig.When w = r.when() == null ? new CaseConfig.When(null, null, null, null, null) : r.when();
        Set<Element> elements = EnumSet.noneOf(Element.class);
        if (w.hasElements() != null) {
            w.hasElements().forEach(e -> elements.add(Element.fromId(e)));
        }
        return new CategoryRule(r.category(),
                w.path() == null ? List.of() : w.path().stream().map(Glob::new).toList(),
                elements, domains(w.emailDomainIn(), own), domains(w.emailDomainNotIn(), own),
                w.tableTitle() == null ? List.of() : w.tableTitle());
    }

    private static Set<String> domains(List<String> list, List<String> own) {
        if (list == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String d : list) {
            if (d.equals("own")) {
                own.forEach(o -> out.add(o.toLowerCase()));
            } else {
                out.add(d.toLowerCase());
            }
        }
        return out;
    }

}
