package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import wsinspector.explain.EnglishWords;
import wsinspector.net.ConnectionInfo;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.Phrase;

/**
 * What the command line says besides its help comes from its bundles: picocli's complaints about the
 * arguments and serve's log are Russian under --lang ru, with no English sentence; English stays as it was.
 */
class CliRussianTest {

    private static String firstErrorLine(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine(args, "en");
        line.setOut(new PrintWriter(new StringWriter()));
        line.setErr(new PrintWriter(err));
        assertEquals(2, line.execute(args), String.join(" ", args));
        return err.toString().lines().findFirst().orElse("");
    }

    private static List<String> english(String text) {
        return EnglishWords.phrases(UsageHelpLanguageTest.NOT_PROSE.matcher(text).replaceAll(" "));
    }

    @Test
    void picocliComplaintsAreRussianUnderLangRu() {
        for (String[] args : List.of(new String[] {"decode", "--lang", "ru"},
                new String[] {"decode", "--lang", "ru", "--bogus", "x.xxd"},
                new String[] {"serve", "--lang", "ru", "--port", "1.5"},
                new String[] {"serve", "--lang", "ru", "--port", "1", "--port", "2"})) {
            String line = firstErrorLine(args);
            assertTrue(line.startsWith("ошибка: "), line);
            assertEquals(List.of(), english(line), line);
        }
    }

    @Test
    void picocliComplaintsNameWhatIsWrongInEnglish() {
        assertEquals("error: missing FILE", firstErrorLine("decode"));
        assertEquals("error: unknown option or argument: --bogus", firstErrorLine("decode", "--bogus", "x.xxd"));
        assertEquals("error: invalid value abc for --port", firstErrorLine("serve", "--port", "abc"));
    }

    @Test
    void servesLogIsRussianUnderLangRu() {
        StringWriter out = new StringWriter();
        CliWords ru = CliWords.forLanguage("ru");
        ServeCommand.Report report = new ServeCommand.Report(new PrintWriter(out), ru);
        ConnectionInfo c = new ConnectionInfo(3, "127.0.0.1:50000", HandshakeKind.RFC6455, "/chat", "chat", true, 0);
        report.opened(c);
        report.closed(c, 1000, Phrase.of("net.conn.reason", "пока"));
        report.closed(c, -1, Phrase.of("net.conn.lost.eof"));
        report.refused("127.0.0.1:50001", 403, Phrase.of("net.refused.origin", "https://example.org"));
        String log = out + ru.t("serve.listening", "ws://127.0.0.1:8080/") + "\n"
                + ru.t("serve.cannotListen", "127.0.0.1:80", ru.t("serve.addressInUse"));
        assertTrue(log.startsWith("№3 открыто 127.0.0.1:50000 RFC 6455 /chat подпротокол chat permessage-deflate"), log);
        assertEquals(List.of(), english(log.replace("serve:", "")), log);   // the command's name is no sentence
    }

    @Test
    void servesEnglishLogIsAsBefore() {
        StringWriter out = new StringWriter();
        ServeCommand.Report report = new ServeCommand.Report(new PrintWriter(out), CliWords.forLanguage("en"));
        ConnectionInfo c = new ConnectionInfo(3, "127.0.0.1:50000", HandshakeKind.RFC6455, "/chat", null, false, 0);
        report.opened(c);
        report.closed(c, 1000, Phrase.of("net.conn.reason", "bye"));
        assertEquals("#3 opened 127.0.0.1:50000 RFC 6455 /chat\n#3 closed 1000 bye\n", out.toString().replace("\r\n", "\n"));
    }
}
