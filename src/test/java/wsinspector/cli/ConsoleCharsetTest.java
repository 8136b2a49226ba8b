package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Russian output is never "?????": where the locale's charset cannot say Cyrillic, the command line writes UTF-8. */
class ConsoleCharsetTest {

    @Test
    void aCharsetWithoutCyrillicGivesWayToUtf8() {
        assertEquals(StandardCharsets.UTF_8, ConsoleCharset.choose("ANSI_X3.4-1968", StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, ConsoleCharset.choose(null, StandardCharsets.US_ASCII));
        assertEquals(StandardCharsets.UTF_8, ConsoleCharset.choose("ISO-8859-1", StandardCharsets.US_ASCII));
        assertEquals(StandardCharsets.UTF_8, ConsoleCharset.choose("no-such-charset", StandardCharsets.US_ASCII));
    }

    @Test
    void aCharsetThatSaysRussianIsKept() {
        assertEquals(StandardCharsets.UTF_8, ConsoleCharset.choose("UTF-8", StandardCharsets.US_ASCII));
        assertEquals(Charset.forName("KOI8-R"), ConsoleCharset.choose("KOI8-R", StandardCharsets.US_ASCII));
        assertEquals(Charset.forName("windows-1251"), ConsoleCharset.choose(null, Charset.forName("windows-1251")));
    }

    /** The real thing: a JVM under the C locale (stdout in ASCII by Java 17's rule) prints the Russian help in UTF-8. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void russianHelpUnderTheCLocaleArrivesAsUtf8() throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "wsinspector.cli.Main", "decode", "--lang", "ru", "--help");
        pb.environment().remove("LANG");
        pb.environment().remove("LC_MESSAGES");
        pb.environment().put("LC_ALL", "C");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        String text = strictUtf8(out);
        assertFalse(text.contains("?????"), text);
        assertTrue(text.matches("(?s).*[А-Яа-яЁё]{5,}.*"), "Russian words in the help:\n" + text);
        assertTrue(new File(java).canExecute());
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }
}
