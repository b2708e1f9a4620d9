package io.leakscope.pipeline;

import io.leakscope.core.analyze.DocumentAnalyzer;
import io.leakscope.core.analyze.OwnOrganization;
import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.docclass.DocumentClassifier;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.resolve.MasterRecord;
import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.Residence;
import io.leakscope.core.resolve.ResolvedPerson;
import io.leakscope.core.resolve.PersonResolver;
import io.leakscope.core.resolve.ReviewDecision;
import io.leakscope.ingest.DocumentReader;
import io.leakscope.ingest.FileContentReader;
import io.leakscope.ingest.ForkedReader;
import io.leakscope.ingest.Ocr;
import io.leakscope.ingest.IngestLimits;
import io.leakscope.store.CaseStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scan use case end to end: load the case configuration and masters, scan the leak into the
 * case store, then resolve all records into persons and store them.
 */
public final class CaseService {

    /**
     * What a scan did, for the command line.
     *
     * @param reused files found unchanged since an earlier scan (not read again)
     * @param copies files whose content this scan had read elsewhere in the leak (not parsed again)
     */
    public record ScanSummary(int filesSeen, int reused, int copies, int persons, int ambiguousRecords, ScanPhases phases) {
    }

    private CaseService() {
    }

    /** A scan parsing in this process, without OCR (tests and small sets). */
    public static ScanSummary scan(Path leakRoot, Path caseDir, Path configFile, ScanProgress progress, int threads)
            throws IOException, InterruptedException {
        return scan(leakRoot, caseDir, configFile, progress, ScanOptions.inProcess(threads));
    }

    public static ScanSummary scan(Path leakRoot, Path caseDir, Path configFile, ScanProgress progress, ScanOptions options)
            throws IOException, InterruptedException {
        if (options.ocr()) {
            Ocr.requireTesseract();
        }
        CaseConfig config = CaseConfigLoader.load(configFile);
        Path configDir = configFile.toAbsolutePath().getParent();
        List<MasterRecord> masters = MasterLoader.load(config, configDir);
        Files.createDirectories(caseDir);
        Path temp = emptyTempDir(caseDir);
        IngestLimits limits = IngestLimits.DEFAULT;
        try (CaseStore store = CaseStore.open(caseDir); FileContentReader reader = reader(options, limits, temp)) {
            long run = store.startRun(config.caseInfo().name() == null ? caseDir.getFileName().toString() : config.caseInfo().name(),
                    leakRoot.toAbsolutePath().toString(), configFile.toAbsolutePath().toString());
            DocumentAnalyzer analyzer = new DocumentAnalyzer(RecognizerRegistry.standard(knownNames(masters)),
                    OwnOrganization.of(config.caseInfo().organization(), config.caseInfo().groupCompanies(), config.caseInfo().ownEmailDomains()));
            LeakScanner scanner = new LeakScanner(store, reader, analyzer, new DocumentClassifier(CaseConfigLoader.classRules(config)),
                    limits, progress, options.threads());
            int reused = scanner.scan(leakRoot);
            PersonResolver.Result result = scanner.phases().time(ScanPhases.Phase.RESOLVE, () -> resolve(store, config, masters));
            int seen = store.inventory().size();
            store.finishRun(run, seen);
            return new ScanSummary(seen, reused, scanner.copies(), result.persons().size(), result.ambiguous().size(), scanner.phases());
        }
    }

    private static FileContentReader reader(ScanOptions options, IngestLimits limits, Path temp) {
        return options.isolated()
                ? new ForkedReader(limits, temp, options.ocr(), options.threads(), options.parserHeapMb())
                : new DocumentReader(limits, temp, options.ocr());
    }

    /**
     * The case's folder for archive members too large for memory and for the parser processes'
     * temporary files: copies of leaked files, so what a killed scan left there is removed, folders
     * (POI's among them) and all.
     */
    private static Path emptyTempDir(Path caseDir) throws IOException {
        Path temp = Files.createDirectories(caseDir.resolve("tmp"));
        try (var leftovers = Files.walk(temp)) {
            for (Path p : leftovers.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(temp)) {
                    Files.delete(p);
                }
            }
        }
        return temp;
    }

    static PersonResolver.Result resolve(CaseStore store, CaseConfig config, List<MasterRecord> masters) {
        List<ReviewDecision> decisions = store.decisions().stream().map(CaseStore.StoredDecision::decision).toList();
        PersonResolver.Result result = new PersonResolver(masters, CaseConfigLoader.classifier(config)).resolve(store::forEachRecord, decisions);
        store.replacePersons(result.persons(), result.ambiguous(), result.links(), result.conflicts());
        return result;
    }

    /**
     * Resolves the case's records again without scanning (after a reviewer decision), with the
     * configuration given or, if none, the one the latest scan used.
     */
    public static PersonResolver.Result resolveAgain(Path caseDir, Path configFile) throws IOException {
        try (CaseStore store = CaseStore.open(caseDir)) {
            Path file = configPath(store, configFile);
            CaseConfig config = CaseConfigLoader.load(file);
            return resolve(store, config, MasterLoader.load(config, file.toAbsolutePath().getParent()));
        }
    }

    /**
     * The facts the obligation rules need, from the case configuration (awareness, cause) and the
     * resolved persons of the case.
     */
    public static CaseFacts facts(CaseStore store, CaseConfig config) {
        String awareAt = config.caseInfo().awareAt();
        if (awareAt == null) {
            throw new ConfigException("case.aware_at is needed to compute obligations (when the company became aware, with its zone)");
        }
        OffsetDateTime aware;
        try {
            aware = OffsetDateTime.parse(awareAt);
        } catch (DateTimeParseException e) {
            throw new ConfigException("case.aware_at '" + awareAt + "' is not a date-time with zone, e.g. 2024-10-05T09:00:00+09:00");
        }
        List<CaseFacts.PersonFacts> persons = details(store, config).stream()
                .map(d -> new CaseFacts.PersonFacts(d.person().category(), Set.copyOf(d.person().elements()), d.residence())).toList();
        String name = config.caseInfo().name() == null ? store.caseName().orElse("") : config.caseInfo().name();
        return new CaseFacts(name, aware, config.caseInfo().cause(), config.caseInfo().isEncrypted(), config.caseInfo().isPublished(),
                config.caseInfo().isEntrusted(), persons);
    }

    /** A resolved person with where they live (or null), their e-mail addresses and system accounts found in the leak. */
    public record PersonDetail(ResolvedPerson person, String residence, List<String> emails, List<String> accounts) {
    }

    /** Every person with residence and e-mails, from one pass over the records. */
    public static List<PersonDetail> details(CaseStore store, CaseConfig config) {
        List<ResolvedPerson> resolved = store.persons();
        Map<String, String> masterCountry = new HashMap<>();
        config.masters().forEach(m -> masterCountry.put(m.name(), m.country()));
        Map<Long, Integer> personOfRecord = new HashMap<>();
        Residence[] residence = new Residence[resolved.size()];
        for (int i = 0; i < resolved.size(); i++) {
            residence[i] = new Residence();
            if (resolved.get(i).masterSource() != null) {
                residence[i].master(masterCountry.get(resolved.get(i).masterSource()));
            }
            for (Long id : resolved.get(i).recordIds()) {
                personOfRecord.put(id, i);
            }
        }
        List<List<String>> emails = new ArrayList<>();
        List<List<String>> accounts = new ArrayList<>();
        resolved.forEach(p -> {
            emails.add(new ArrayList<>());
            accounts.add(new ArrayList<>());
        });
        store.forEachRecord(r -> {
            Integer i = personOfRecord.get(r.id());
            if (i != null) {
                r.record().findings().forEach(residence[i]::add);
                r.record().values(FindingType.EMAIL).stream().filter(e -> !emails.get(i).contains(e))
                        .forEach(emails.get(i)::add);
                r.record().values(FindingType.SYSTEM_ACCOUNT).stream().filter(a -> !accounts.get(i).contains(a))
                        .forEach(accounts.get(i)::add);
            }
        });
        List<PersonDetail> out = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            out.add(new PersonDetail(resolved.get(i), residence[i].country(), List.copyOf(emails.get(i)), List.copyOf(accounts.get(i))));
        }
        return out;
    }

    /** The configuration given, or the one the latest scan of the case used. */
    public static CaseConfig config(CaseStore store, Path configFile) {
        return CaseConfigLoader.load(configPath(store, configFile));
    }

    private static Path configPath(CaseStore store, Path configFile) {
        return configFile != null ? configFile : store.lastConfigPath().map(Path::of)
                .orElseThrow(() -> new ConfigException("the case records no configuration; pass --config"));
    }

    /** The names of a case's master data, as the scan gives them to the name recognizers. */
    public static KnownNames knownNames(Path configFile) {
        return knownNames(MasterLoader.load(CaseConfigLoader.load(configFile), configFile.toAbsolutePath().getParent()));
    }

    private static KnownNames knownNames(List<MasterRecord> masters) {
        List<String> names = new ArrayList<>();
        masters.forEach(m -> {
            String n = m.values().get(Element.NAME);
            if (n != null) {
                names.add(n);
            }
        });
        return KnownNames.of(names);
    }
}
