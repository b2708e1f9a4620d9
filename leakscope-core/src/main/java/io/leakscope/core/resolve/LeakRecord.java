package io.leakscope.core.resolve;

import io.leakscope.core.model.PersonRecord;

/** A person record of the leak with its id in the case store. */
public record LeakRecord(long id, PersonRecord record) {
}
