package io.leakscope.core.resolve;

import io.leakscope.core.model.Element;
import java.util.Map;

/**
 * One row of a company master (HR, vendors, CRM), already mapped to data elements by the case
 * configuration. Master values are reference data: they link persons, they are never reported
 * as leaked.
 *
 * @param source   the master's name in the case configuration
 * @param key      the value of the master's key column
 * @param category the category of everyone in this master
 * @param order    the master's position in the configuration (first wins when several link)
 */
public record MasterRecord(String source, String key, String category, int order, Map<Element, String> values) {
    public MasterRecord {
        values = Map.copyOf(values);
    }

    public String ref() {
        return source + ":" + key;
    }

    @Override
    public String toString() {
        return "MasterRecord[" + source + ":" + key + "]";
    }
}
