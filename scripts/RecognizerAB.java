import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One recognizer (or normalisation) of two builds, timed in alternate rounds in one JVM: the
 * machine's drift between runs (±10–20 % on the 2-core machine) hits both builds alike, so a change
 * of a few percent shows. Each build gets its own class loader from a folder of jars (the CLI jar
 * and the entries of leakscope-cli/target/classpath.txt copied beside it).
 *
 * <pre>
 * java -Xmx8g scripts/RecognizerAB.java TEXTS RECOGNIZER|registry|pass|normalise BUILD_A BUILD_B [ROUNDS] [NAMES]
 * </pre>
 *
 * "registry" times the whole registry (recognizers, context, overlaps) on normalised texts, their shared views
 * (digit runs, capital runs, lower case, character pairs) built beforehand; "pass" times what a scan does per
 * text: normalisation, the shared views and the registry. TEXTS is a folder of extracted texts (bench scan keeps them in DIR/texts; each distinct text is
 * used once), NAMES an optional file of master names, one a line. Prints each round and the medians
 * of rounds 1 and after (round 0 warms the JIT).
 */
public class RecognizerAB {
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: RecognizerAB TEXTS RECOGNIZER|registry|pass|normalise BUILD_A BUILD_B [ROUNDS] [NAMES]");
            System.exit(2);
        }
        Set<String> texts = new LinkedHashSet<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        List<String> names = args.length > 5 ? Files.readAllLines(Path.of(args[5])) : List.of();
        Build a = new Build(args[2], List.copyOf(texts), names, args[1]);
        Build b = new Build(args[3], List.copyOf(texts), names, args[1]);
        double[] ta = new double[rounds];
        double[] tb = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                ta[r] = a.round();
                tb[r] = b.round();
            } else {
                tb[r] = b.round();
                ta[r] = a.round();
            }
            System.out.printf("round %d: A %.2f s  B %.2f s  B/A %.3f%n", r, ta[r], tb[r], tb[r] / ta[r]);
        }
        double ma = median(ta);
        double mb = median(tb);
        System.out.printf("median of rounds 1..%d: A %.2f s  B %.2f s  B/A %.3f%n", rounds - 1, ma, mb, mb / ma);
    }

    private static double median(double[] t) {
        double[] warm = Arrays.copyOfRange(t, Math.min(1, t.length - 1), t.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    /** One build: its recognizer and the texts normalised by its own code. */
    private static final class Build {
        private final Method of;
        private final Method analyze;
        private final Method forgetSegments;
        private final Object recognizer;
        private final boolean wholePass;
        private final List<String> texts;
        private final List<Object> normalized = new ArrayList<>();

        Build(String folder, List<String> texts, List<String> names, String id) throws Exception {
            File[] jars = new File(folder).listFiles((d, n) -> n.endsWith(".jar"));
            URL[] urls = new URL[jars.length];
            for (int i = 0; i < jars.length; i++) {
                urls[i] = jars[i].toURI().toURL();
            }
            ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            Class<?> knownNames = loader.loadClass("io.leakscope.core.detect.KnownNames");
            Object known = knownNames.getMethod("of", Collection.class).invoke(null, names);
            Class<?> registry = loader.loadClass("io.leakscope.core.detect.RecognizerRegistry");
            Object standard = registry.getMethod("standard", knownNames).invoke(null, known);
            Class<?> recognizerType = loader.loadClass("io.leakscope.core.detect.Recognizer");
            wholePass = id.equals("pass");
            Object found = id.equals("registry") || wholePass ? standard : null;
            for (Object r : (List<?>) registry.getMethod("recognizers").invoke(standard)) {
                if (recognizerType.getMethod("id").invoke(r).equals(id)) {
                    found = r;
                }
            }
            if (found == null && !id.equals("normalise")) {
                throw new IllegalArgumentException("no recognizer " + id + " in " + folder);
            }
            recognizer = found;
            Class<?> text = loader.loadClass("io.leakscope.core.text.NormalizedText");
            of = text.getMethod("of", String.class);
            analyze = (id.equals("registry") || wholePass ? registry : recognizerType).getMethod("analyze", text);
            forgetSegments = loader.loadClass("io.leakscope.core.detect.jp.JapaneseNameRecognizer").getMethod("forgetSegments");
            this.texts = texts;
            if (recognizer != null && !wholePass) {
                for (String t : texts) {
                    Object n = of.invoke(null, t);
                    sharedViews(text, n); // built once, outside the rounds: they belong to no one recognizer
                    normalized.add(n);
                }
            }
        }

        private static void sharedViews(Class<?> text, Object n) throws Exception {
            for (String view : List.of("digitRuns", "lowerCase", "capitalRuns", "charPairs")) {
                try {
                    text.getMethod(view).invoke(n);
                } catch (NoSuchMethodException older) {
                    // a build from before that view
                }
            }
        }

        /** Seconds for one pass over the texts, the name recognizer's segment memory emptied first. */
        double round() throws Exception {
            long t0 = System.nanoTime();
            if (recognizer == null) {
                for (String t : texts) {
                    of.invoke(null, t);
                }
            } else if (wholePass) {
                forgetSegments.invoke(null);
                for (String t : texts) {
                    analyze.invoke(recognizer, of.invoke(null, t));
                }
            } else {
                forgetSegments.invoke(null);
                for (Object n : normalized) {
                    analyze.invoke(recognizer, n);
                }
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }
}
