package io.leakscope.bench;

import java.io.IOException;
import java.nio.file.Path;

/** A corpus the scan bench measures: the tree of a fraction of it, and the case configuration its scan uses. */
interface BenchLeak {
    Path tree(double fraction) throws IOException;

    Path caseConfig(double fraction);
}
