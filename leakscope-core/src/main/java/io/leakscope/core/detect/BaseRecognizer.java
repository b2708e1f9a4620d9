package io.leakscope.core.detect;

import io.leakscope.core.model.FindingType;
import java.util.Set;

/** The self-description every recognizer carries: its id, the types it finds, its context words. */
public abstract class BaseRecognizer implements Recognizer {
    private final String id;
    private final Set<FindingType> types;
    private final ContextWords context;

    protected BaseRecognizer(String id, Set<FindingType> types, ContextWords context) {
        this.id = id;
        this.types = Set.copyOf(types);
        this.context = context;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<FindingType> types() {
        return types;
    }

    @Override
    public final ContextWords context() {
        return context;
    }
}
