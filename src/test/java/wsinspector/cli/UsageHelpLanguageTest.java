package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import wsinspector.explain.EnglishWords;

/**
 * Every command's --help comes from the Usage bundles: in English by default, in Russian for --lang ru
 * (decode) or a Russian locale, and the Russian help holds no English sentence.
 */
class UsageHelpLanguageTest {
    private static final List<String> COMMANDS = List.of("gui", "decode", "serve", "proxy", "convert", "export", "help");
    /** Option names (--json, -hV), parameter labels (FILE, <dir>), command names and the values en/ru. */
    static final Pattern NOT_PROSE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])--?[A-Za-z][\\w-]*(=\\S*)?|<\\w+>|\\b[A-Z]{2,}\\b|websocket-inspector( \\w+)?|\\b(en|ru)\\b"
            + "|^  [a-z]+(?=  )", Pattern.MULTILINE);

    private record Help(int status, String out) {
    }

    private static Help help(String userLanguage, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine(args, userLanguage);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int status = line.execute(args);
        assertEquals("", err.toString(), String.join(" ", args));
        return new Help(status, out.toString());
    }

    private static String[] helpOf(String command) {
        return command.equals("help") ? new String[] {"help", "help"} : new String[] {command, "--help"};
    }

    @Test
    void everyCommandAnswersInEnglishByDefault() {
        for (String command : COMMANDS) {
            Help help = help("en", helpOf(command));
            assertEquals(0, help.status(), command);
            assertTrue(help.out().contains("Usage: websocket-inspector " + command), help.out());
            assertTrue(help.out().contains("Show"), "the standard options are described: " + help.out());
        }
        assertTrue(help("en", "decode", "--help").out().contains("one JSON object per message"));
    }

    @Test
    void everyCommandAnswersInRussianForARussianUser() {
        for (String command : COMMANDS) {
            assertRussian(help("ru", helpOf(command)), command);
        }
        assertRussian(help("ru", "--help"), "websocket-inspector");
        assertRussian(help("ru", "help", "decode"), "decode");
    }

    @Test
    void decodeLangChoosesTheLanguageOfItsHelp() {
        assertRussian(help("en", "decode", "--help", "--lang", "ru"), "decode");
        assertRussian(help("en", "decode", "--lang=ru", "-h"), "decode");
        assertTrue(help("ru", "decode", "--lang", "en", "--help").out().startsWith("Usage: "));
    }

    private static void assertRussian(Help help, String command) {
        assertEquals(0, help.status(), command);
        String out = help.out();
        assertTrue(out.contains("Вызов: websocket-inspector"), out);
        assertTrue(Pattern.compile("\\p{IsCyrillic}{4,}").matcher(out).find(), out);
        List<String> english = EnglishWords.phrases(NOT_PROSE.matcher(out).replaceAll(" "));
        assertTrue(english.isEmpty(), command + " help in Russian has English " + english + ":\n" + out);
    }

    @Test
    void theUserLanguageIsTheEnvironmentsAsPosixChoosesIt() {
        assertEquals("ru", UsageTexts.userLanguage(Map.of("LANG", "ru_RU.UTF-8"), Locale.ENGLISH));
        assertEquals("en", UsageTexts.userLanguage(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "ru_RU.UTF-8"), Locale.ENGLISH));
        assertEquals("ru", UsageTexts.userLanguage(Map.of("LC_MESSAGES", "ru_RU", "LANG", "C"), Locale.ENGLISH));
        assertEquals("ru", UsageTexts.userLanguage(Map.of(), Locale.forLanguageTag("ru-RU")));
        assertEquals("de", UsageTexts.userLanguage(Map.of("LANG", "de_DE.UTF-8"), Locale.ENGLISH));
        // C and POSIX name no language (a container's LANG=C.UTF-8): the JVM's, which -Duser.language=ru sets, decides
        assertEquals("ru", UsageTexts.userLanguage(Map.of("LANG", "C.UTF-8"), Locale.forLanguageTag("ru")));
        assertEquals("ru", UsageTexts.userLanguage(Map.of("LC_ALL", "POSIX"), Locale.forLanguageTag("ru")));
        assertEquals("en", UsageTexts.userLanguage(Map.of("LANG", "C"), Locale.ENGLISH));
        assertTrue(help("de", "serve", "--help").out().startsWith("Usage: "), "any other language gets English");
    }

    @Test
    void bothBundlesHaveTheSameKeysNoneBlankAndTheRussianInRussian() {
        Map<Object, Object> en = load("Usage.properties");
        Map<Object, Object> ru = load("Usage_ru.properties");
        assertEquals(new java.util.TreeSet<>(en.keySet().stream().map(String::valueOf).toList()),
                new java.util.TreeSet<>(ru.keySet().stream().map(String::valueOf).toList()));
        for (Map.Entry<Object, Object> e : ru.entrySet()) {
            assertTrue(Pattern.compile("\\p{IsCyrillic}").matcher(e.getValue().toString()).find(), e.getKey() + " is not Russian");
            assertTrue(!en.get(e.getKey()).toString().isBlank(), e.getKey() + " is blank in English");
        }
    }

    /** The file itself, not the bundle chain, which would fill Russian gaps from English. */
    static Map<Object, Object> load(String name) {
        try (InputStream in = UsageHelpLanguageTest.class.getResourceAsStream("/wsinspector/cli/" + name)) {
            assertNotNull(in, name + " is not on the class path");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
