package io.leakscope.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The case configuration, {@code case.yaml} (contract {@code case-config.md}). Unknown keys are
 * rejected when loading ({@link CaseConfigLoader}).
 */
public record CaseConfig(CaseInfo caseInfo, List<Master> masters, List<Rule> rules, String defaultCategory, String relativeCategory,
                         List<DocumentClassRule> documentClasses) {

    /** The category of relatives (dependants, emergency contacts) found beside a person, unless configured otherwise. */
    public static final String DEFAULT_RELATIVE_CATEGORY = "employee_family";

    public CaseConfig {
        masters = masters == null ? List.of() : List.copyOf(masters);
        rules = rules == null ? List.of() : List.copyOf(rules);
        documentClasses = documentClasses == null ? List.of() : List.copyOf(documentClasses);
        defaultCategory = defaultCategory == null ? "unknown" : defaultCategory;
        relativeCategory = relativeCategory == null ? DEFAULT_RELATIVE_CATEGORY : relativeCategory;
    }

    /**
     * The case facts. Beyond the contract: {@code encrypted} (high-grade encryption, key safe),
     * {@code published} (posted on a leak site), {@code entrusted} (the data was handled for another
     * business, 委託) — each false unless set; {@code group_companies}, the names of the group's other
     * companies (subsidiaries whose staff and leavers the leak holds): beside their staff they are the
     * employer, not a partner's company.
     */
    public record CaseInfo(String name, @JsonProperty("aware_at") String awareAt, String cause, String organization,
                           @JsonProperty("own_email_domains") List<String> ownEmailDomains, Boolean encrypted, Boolean published,
                           Boolean entrusted, @JsonProperty("group_companies") List<String> groupCompanies) {
        public CaseInfo {
            ownEmailDomains = ownEmailDomains == null ? List.of() : List.copyOf(ownEmailDomains);
            groupCompanies = groupCompanies == null ? List.of() : List.copyOf(groupCompanies);
        }

        public boolean isEncrypted() {
            return Boolean.TRUE.equals(encrypted);
        }

        public boolean isPublished() {
            return Boolean.TRUE.equals(published);
        }

        public boolean isEntrusted() {
            return Boolean.TRUE.equals(entrusted);
        }
    }

    /** A master-data source: its file, category, key column and the columns mapped to elements. */
    /** @param country where the master's people live (ISO 3166-1 alpha-2), for the obligations; optional */
    public record Master(String name, String path, String encoding, String sheet, String category, String key,
                         Map<String, String> columns, String country) {
        public Master {
            encoding = encoding == null ? "auto" : encoding;
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }
    }

    public record Rule(String category, When when) {
    }

    /**
     * Beyond the contract: {@code document_classes}, the case's own document class rules, tried in
     * order before any other signal — documents under a path glob and/or holding a keyword get the class.
     */
    public record DocumentClassRule(@JsonProperty("class") String documentClass, ClassWhen when) {
    }

    public record ClassWhen(List<String> path, List<String> keywords) {
        public ClassWhen {
            path = path == null ? List.of() : List.copyOf(path);
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }
    }

    public record When(List<String> path, @JsonProperty("has_elements") List<String> hasElements,
                       @JsonProperty("email_domain_in") List<String> emailDomainIn,
                       @JsonProperty("email_domain_not_in") List<String> emailDomainNotIn,
                       @JsonProperty("table_title") List<String> tableTitle) {
    }
}
