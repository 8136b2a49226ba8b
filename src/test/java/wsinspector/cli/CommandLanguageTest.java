package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command speaks the user's language unless --lang says otherwise: decode, export and proxy spoke English under
 * a Russian locale while serve and convert followed it. Each command is run as a Russian user runs it (the language
 * Main reads from LANG / the JVM's locale is the argument of {@link Main#commandLine}) and once more with --lang en.
 */
@Timeout(60)
class CommandLanguageTest {
    private static final Pattern CYRILLIC = Pattern.compile("[а-яА-ЯёЁ]");
    private static final String SAMPLE = Path.of("samples", "course-notes.xxd").toString();

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Run run(String userLanguage, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine(args, userLanguage);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int status = line.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static boolean russian(String text) {
        return CYRILLIC.matcher(text).find();
    }

    @Test
    void decodeListsInTheUsersLanguage() {
        Run ru = run("ru", "decode", SAMPLE);
        assertEquals(0, ru.status(), ru.err());
        assertTrue(russian(ru.out()), ru.out());
        Run en = run("ru", "decode", SAMPLE, "--lang", "en");
        assertEquals(0, en.status(), en.err());
        assertFalse(russian(en.out()), "--lang en overrides the locale: " + en.out());
        assertFalse(russian(run("en", "decode", SAMPLE).out()));
    }

    @Test
    void decodesShortcutChoosesAsPicocliDoes() {
        for (String user : new String[] {"ru", "en"}) {
            DecodeCommand shortcut = DecodeShortcut.parse(new String[] {"decode", SAMPLE}, user);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            assertEquals(0, DecodeShortcut.run(shortcut, new PrintWriter(out), new PrintWriter(err)), err.toString());
            assertEquals(run(user, "decode", SAMPLE).out(), out.toString(), user);
        }
        assertEquals("en", DecodeShortcut.parse(new String[] {"decode", SAMPLE, "--lang", "en"}, "ru").lang);
    }

    @Test
    void exportsHandoutIsInTheUsersLanguage() throws Exception {
        Path ru = dir.resolve("ru.svg");
        Run made = run("ru", "export", SAMPLE, "--message", "3", "--view", "masking", "-o", ru.toString());
        assertEquals(0, made.status(), made.all());
        assertTrue(Files.readString(ru).contains("Ключ маски"), "the Russian handout");
        Path en = dir.resolve("en.svg");
        Run english = run("ru", "export", SAMPLE, "--message", "3", "--view", "masking", "-o", en.toString(),
                "--lang", "en");
        assertEquals(0, english.status(), english.all());
        assertFalse(russian(Files.readString(en)), "--lang en overrides the locale");
    }

    @Test
    void proxysLinesAreInTheUsersLanguage() {
        Run ru = run("ru", "proxy", "--listen", "0", "--to", "http://example.org/");
        assertEquals(2, ru.status());
        assertTrue(ru.err().startsWith("proxy: --to — адрес ws://"), ru.err());
        Run en = run("ru", "proxy", "--listen", "0", "--to", "http://example.org/", "--lang", "en");
        assertTrue(en.err().startsWith("proxy: --to must be a ws:// or wss:// URL"), en.err());
    }

    @Test
    void serveAndConvertStillFollowTheUsersLanguage() {
        Run serve = run("ru", "serve", "--port", "70000");
        assertEquals(2, serve.status());
        assertTrue(russian(serve.err()), serve.err());
        assertFalse(russian(run("ru", "serve", "--port", "70000", "--lang", "en").err()));
        Run convert = run("ru", "convert", SAMPLE, dir.resolve("out.txt").toString());
        assertEquals(2, convert.status());
        assertTrue(russian(convert.err()), convert.err());
        assertFalse(russian(run("ru", "convert", SAMPLE, dir.resolve("out.txt").toString(), "--lang", "en").err()));
    }

    @Test
    void aLanguageNoCommandSpeaksIsRefusedByEach() {
        for (String[] args : new String[][] {{"decode", SAMPLE}, {"export", SAMPLE, "--view", "frame", "-o", "x.svg"},
                {"proxy", "--listen", "0", "--to", "ws://127.0.0.1:1/"}, {"convert", SAMPLE, "x.xxd"}}) {
            String[] withLang = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--lang", "de")).toArray(String[]::new);
            Run run = run("ru", withLang);
            assertEquals(2, run.status(), String.join(" ", withLang) + ": " + run.all());
            assertTrue(run.err().contains("de"), run.err());
        }
    }
}
