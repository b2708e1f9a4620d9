package io.leakscope.bench;

import io.leakscope.core.classify.CategoryClassifier;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.InventoryEntry;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.resolve.MasterRecord;
import io.leakscope.core.resolve.PersonResolver;
import io.leakscope.core.resolve.ResolvedPerson;
import io.leakscope.store.CaseStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * Resolution at scale: writes {@code mentions} synthetic person records of {@code persons} people
 * into a fresh case store (half of the people in an HR master; names drawn from small pools so that
 * different people share names, as in any large company), then times streaming the records back —
 * the floor any resolution pays — and resolving them (streamed the same way), samples the heap, and measures over-merge and
 * over-split against the known owner of every record. Run on demand, not in CI:
 * {@code bin/leakscope bench resolution --mentions 1000000 --persons 200000}.
 */
public final class ResolutionBench {
    private static final int RECORDS_PER_DOCUMENT = 1000;
    private static final List<String> DEPARTMENTS = List.of("営業部", "人事部", "経理部", "開発本部", "品質保証部", "総務部", "法務部");

    /** What one run measured. */
    public record Result(int mentions, int persons, long writeMillis, long readMillis, long resolveMillis, long saveMillis,
                         long peakHeapBytes, long peakHeapAfterCollection, int found, int overMerged, int overSplit) {
        public double resolveToRead() {
            return readMillis == 0 ? 0 : (double) resolveMillis / readMillis;
        }
    }

    private final int mentions;
    private final int persons;
    private final Random random;
    private final String[] names;
    private final List<String> mergedExamples = new ArrayList<>();

    /** Up to five over-merged persons with the keys they were merged on. */
    public List<String> mergedExamples() {
        return mergedExamples;
    }

    public ResolutionBench(int mentions, int persons, long seed) {
        this.mentions = mentions;
        this.persons = persons;
        this.random = new Random(seed);
        this.names = names(persons, seed);
    }

    /** Names from pools of 400 family and 400 given names: about 1 person in 4 shares a name at 200,000 persons. */
    private static String[] names(int persons, long seed) {
        Faker ja = new Faker(Locale.JAPANESE, new Random(seed));
        Set<String> families = new HashSet<>();
        Set<String> givens = new HashSet<>();
        for (int i = 0; i < 20_000 && (families.size() < 400 || givens.size() < 400); i++) {
            families.add(ja.name().lastName());
            givens.add(ja.name().firstName());
        }
        List<String> f = new ArrayList<>(families).subList(0, Math.min(400, families.size()));
        List<String> g = new ArrayList<>(givens).subList(0, Math.min(400, givens.size()));
        Random r = new Random(seed);
        String[] out = new String[persons];
        for (int p = 0; p < persons; p++) {
            out[p] = f.get(r.nextInt(f.size())) + " " + g.get(r.nextInt(g.size()));
        }
        return out;
    }

    public Result run(Path caseDir, PrintStream log) {
        List<MasterRecord> masters = masters();
        int[] owner = new int[mentions];
        long t0 = System.nanoTime();
        try (CaseStore store = CaseStore.open(caseDir)) {
            long run = store.startRun("bench", caseDir.toString(), "");
            write(store, owner, log);
            store.finishRun(run, mentions);
        }
        long write = millis(t0);
        HeapSampler heap = new HeapSampler();
        heap.start();
        long t1 = System.nanoTime();
        long[] count = new long[1];
        PersonResolver.Result result;
        long read;
        long resolve;
        long save;
        try (CaseStore store = CaseStore.open(caseDir)) {
            store.forEachRecord(r -> count[0]++);
            read = millis(t1);
            log.printf("read %,d records in %,d ms%n", count[0], read);
            long t2 = System.nanoTime();
            result = new PersonResolver(masters, new CategoryClassifier(List.of(), "unknown", "employee_family"))
                    .resolve(store::forEachRecord, List.of());
            resolve = millis(t2);
            long t3 = System.nanoTime();
            store.replacePersons(result.persons(), result.ambiguous(), result.links(), result.conflicts());
            save = millis(t3);
        }
        heap.halt();
        int[] quality = quality(result.persons(), owner);
        return new Result(mentions, persons, write, read, resolve, save, heap.peak(), heap.peakAfterCollection(), result.persons().size(), quality[0], quality[1]);
    }

    private List<MasterRecord> masters() {
        List<MasterRecord> out = new ArrayList<>();
        for (int p = 0; p < persons / 2; p++) {
            out.add(new MasterRecord("hr", employeeId(p), "domestic_employee", 0, Map.of(Element.EMPLOYEE_ID, employeeId(p),
                    Element.NAME, names[p], Element.EMAIL, "e" + p + "@corp.example", Element.DEPARTMENT, department(p))));
        }
        return out;
    }

    private void write(CaseStore store, int[] owner, PrintStream log) {
        List<PersonRecord> batch = new ArrayList<>();
        int document = 0;
        for (int m = 0; m < mentions; m++) {
            int p = m % persons;
            owner[m] = p;
            batch.add(new PersonRecord("bench/doc" + document + ".xlsx", "row " + (m % RECORDS_PER_DOCUMENT), PersonRecord.Kind.TABLE_ROW,
                    "", findings(p, m / persons)));
            if (batch.size() == RECORDS_PER_DOCUMENT || m == mentions - 1) {
                String path = "bench/doc" + document++ + ".xlsx";
                store.save(new InventoryEntry(path, null, 0L, null, "application/x-bench", "done", null, batch.size()), batch);
                batch = new ArrayList<>();
                if (document % 100 == 0) {
                    log.printf("wrote %,d of %,d records%n", m + 1, mentions);
                }
            }
        }
    }

    /** The j-th mention of person p: the kinds of record a leak holds of an employee or an outsider. */
    private List<Finding> findings(int p, int j) {
        boolean employee = p < persons / 2;
        List<Finding> f = new ArrayList<>();
        if (employee) {
            switch (j % 5) {
                case 0 -> add(f, FindingType.EMPLOYEE_ID, employeeId(p), FindingType.PERSON_NAME, names[p], FindingType.DEPARTMENT, department(p));
                case 1 -> add(f, FindingType.EMAIL, "e" + p + "@corp.example", FindingType.PERSON_NAME, names[p]);
                case 2 -> add(f, FindingType.EMPLOYEE_ID, employeeId(p), FindingType.HR_FIELD, "G" + (1 + random.nextInt(6)));
                case 3 -> add(f, FindingType.PERSON_NAME, names[p], FindingType.DEPARTMENT, department(p));
                default -> add(f, FindingType.PERSON_NAME, names[p], FindingType.EMAIL, "e" + p + "@corp.example");
            }
        } else {
            String phone = String.format("+8190%08d", p);
            switch (j % 4) {
                case 0 -> add(f, FindingType.PERSON_NAME, names[p], FindingType.PHONE, phone);
                case 1 -> add(f, FindingType.PERSON_NAME, names[p], FindingType.PHONE, phone, FindingType.COMPANY_NAME, "取引先" + (p % 5000) + "株式会社");
                case 2 -> add(f, FindingType.EMAIL, "c" + p + "@mail.example", FindingType.PERSON_NAME, names[p]);
                default -> add(f, FindingType.EMAIL, "c" + p + "@mail.example", FindingType.PHONE, phone);
            }
        }
        return f;
    }

    private static void add(List<Finding> f, Object... typeValue) {
        for (int i = 0; i < typeValue.length; i += 2) {
            f.add(new Finding((FindingType) typeValue[i], (String) typeValue[i + 1], null, "bench", 0.95, "bench"));
        }
    }

    private static String employeeId(int p) {
        return String.valueOf(100_000 + p);
    }

    private static String department(int p) {
        return DEPARTMENTS.get(p % DEPARTMENTS.size());
    }

    /** Over-merge and over-split, as counts of true persons (see the generator's ResolutionEvaluation). */
    /** Record ids of a fresh store are 1.. in the order written, so owner[id - 1] is the record's true person. */
    private int[] quality(List<ResolvedPerson> found, int[] owner) {
        Map<Integer, Integer> foundPersonsOf = new HashMap<>();
        int overMerged = 0;
        for (ResolvedPerson p : found) {
            Set<Integer> owners = new HashSet<>();
            p.recordIds().forEach(id -> owners.add(owner[(int) (id - 1)]));
            overMerged += owners.size() - 1;
            if (owners.size() > 1 && mergedExamples.size() < 5) {
                mergedExamples.add(p.personId() + " holds " + owners.size() + " true persons; merged on " + new java.util.TreeSet<>(p.mergeReasons()));
            }
            owners.forEach(o -> foundPersonsOf.merge(o, 1, Integer::sum));
        }
        int overSplit = foundPersonsOf.values().stream().mapToInt(n -> n - 1).sum();
        return new int[] {overMerged, overSplit};
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
