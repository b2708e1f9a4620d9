package io.leakscope.core.resolve;

import java.util.List;

/**
 * A reviewer's correction of the automatic resolution, kept in the case and applied on every
 * re-run. Decisions name records by document and locator, which survive re-scans (record ids and
 * person ids may not).
 */
public sealed interface ReviewDecision permits ReviewDecision.Merge, ReviewDecision.Split, ReviewDecision.Recategorise {

    /** {@code merge}, {@code split} or {@code category}. */
    String action();

    /** The records the decision names. */
    List<RecordRef> records();

    /** The reviewer's reason, free text. */
    String note();

    /** A record by where it is: {@code 人事部/名簿.csv} + {@code 名簿.csv!row 7}. */
    record RecordRef(String documentPath, String locator) {
        @Override
        public String toString() {
            return documentPath + " # " + locator;
        }
    }

    /** The persons holding these two records are one person, whatever their identifiers say. */
    record Merge(RecordRef a, RecordRef b, String note) implements ReviewDecision {
        @Override
        public String action() {
            return "merge";
        }

        @Override
        public List<RecordRef> records() {
            return List.of(a, b);
        }
    }

    /** These records belong to a person of their own: nothing merges them with any other record. */
    record Split(List<RecordRef> records, String note) implements ReviewDecision {
        public Split {
            records = List.copyOf(records);
        }

        @Override
        public String action() {
            return "split";
        }
    }

    /** The person holding this record is of this category. */
    record Recategorise(RecordRef record, String category, String note) implements ReviewDecision {
        @Override
        public String action() {
            return "category";
        }

        @Override
        public List<RecordRef> records() {
            return List.of(record);
        }
    }
}
