package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import wsinspector.explain.EnglishWords;

/**
 * {@code serve} with an option out of its range says so in one line of the command line's language, whichever
 * option it is: under {@code --lang ru} and for a Russian user the line holds no English sentence, under
 * {@code --lang en} no Russian word. Every line comes from the CliWords bundles, whose two languages have the same keys.
 */
class ServeBadOptionLanguageTest {
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /** Every kind of bad option: each count below its least, each timeout below 0, the port out of range. */
    private static final List<List<String>> BAD = List.of(List.of("--port", "70000"), List.of("--delay", "-1"),
            List.of("--max-message", "0"), List.of("--max-handshake", "10"), List.of("--max-pending", "0"),
            List.of("--max-connections", "0"), List.of("--max-fragments", "0"), List.of("--max-inflated", "0"),
            List.of("--max-queued", "0"), List.of("--max-per-address", "-1"), List.of("--idle-timeout", "-1"),
            List.of("--handshake-timeout", "-1"), List.of("--stalled-timeout", "-0.5"));

    private record Run(int status, String out, String err) {
    }

    /** The whole command line as a user with {@code userLanguage} runs it; a bad option ends it at once. */
    private static Run serve(String userLanguage, List<String> args) {
        List<String> all = new ArrayList<>(List.of("serve"));
        all.addAll(args);
        String[] line = all.toArray(String[]::new);
        // preemptive: were an option let through, the server would run until interrupted
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cmd = Main.commandLine(line, userLanguage);
            cmd.setOut(new PrintWriter(out));
            cmd.setErr(new PrintWriter(err));
            return new Run(cmd.execute(line), out.toString(), err.toString());
        }, String.join(" ", line));
    }

    private static String oneLine(Run run, List<String> args) {
        assertEquals(2, run.status(), args.toString());
        assertEquals("", run.out(), "nothing on stdout: " + args);
        String line = run.err().strip();
        assertTrue(!line.isEmpty() && !line.contains("\n"), "one line: " + run.err());
        assertTrue(line.contains(args.get(0)), "names the option: " + line);
        return line;
    }

    @Test
    void everyBadOptionIsOneRussianLineUnderLangRuAndForARussianUser() {
        for (List<String> args : BAD) {
            List<String> asked = new ArrayList<>(args);
            asked.addAll(List.of("--lang", "ru"));
            for (Run run : List.of(serve("en", asked), serve("ru", args))) {
                String line = oneLine(run, args);
                assertTrue(line.startsWith("serve: ") && CYRILLIC.matcher(line).find(), line);
                String prose = UsageHelpLanguageTest.NOT_PROSE.matcher(line.substring("serve: ".length())).replaceAll(" ");
                assertEquals(List.of(), EnglishWords.phrases(prose), line);
            }
        }
    }

    @Test
    void everyBadOptionIsOneEnglishLineUnderLangEn() {
        for (List<String> args : BAD) {
            List<String> asked = new ArrayList<>(args);
            asked.addAll(List.of("--lang", "en"));
            String line = oneLine(serve("ru", asked), args);
            assertTrue(line.startsWith("serve: " + args.get(0) + " must be "), line);
            assertTrue(!CYRILLIC.matcher(line).find(), line);
        }
    }

    @Test
    void theLineNamesTheLeastAndTheValueAsTyped() {
        assertEquals("serve: --max-handshake must be 64 or more, not 10",
                oneLine(serve("en", List.of("--max-handshake", "10")), List.of("--max-handshake")));
        assertEquals("serve: --handshake-timeout — 0 (никогда) или больше секунд, а не -1",
                oneLine(serve("ru", List.of("--handshake-timeout", "-1")), List.of("--handshake-timeout")));
    }

    @Test
    void bothCliWordsBundlesHaveTheSameKeysNoneBlankInEnglish() {
        // the files themselves, not the bundle chain, which would fill Russian gaps from English
        Map<Object, Object> en = UsageHelpLanguageTest.load("CliWords.properties");
        Map<Object, Object> ru = UsageHelpLanguageTest.load("CliWords_ru.properties");
        assertEquals(new TreeSet<>(en.keySet().stream().map(String::valueOf).toList()),
                new TreeSet<>(ru.keySet().stream().map(String::valueOf).toList()));
        for (Object key : ru.keySet()) {
            assertTrue(!en.get(key).toString().isBlank(), key + " is blank in English");
        }
    }
}
