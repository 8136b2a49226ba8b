package wsinspector.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * The charset the command line writes in. Java 17 writes stdout in the locale's charset, which is
 * ASCII under the C locale (a container, a CI job, a machine without the Russian locale): Russian
 * help and explanations would come out as "?????". Where that charset cannot say Cyrillic, the
 * output is UTF-8, which every terminal of today shows; otherwise the charset the user has.
 */
final class ConsoleCharset {
    /**
     * Letters the product's Russian texts are written in. Only the letters: a KOI8-R or CP1251 terminal says
     * them, and would show UTF-8 as noise, though it lacks an arrow or two.
     */
    private static final String NEEDED = "АБВЖЩЪЯабвжщъяЁё";

    private ConsoleCharset() {
    }

    /** The charset to write a stream in, given the JVM's own choice ({@code sun.stdout.encoding}, else the default). */
    static Charset choose(String declared, Charset fallback) {
        Charset c = fallback;
        if (declared != null && !declared.isBlank()) {
            try {
                c = Charset.forName(declared);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                c = fallback;
            }
        }
        return c.canEncode() && c.newEncoder().canEncode(NEEDED) ? c : StandardCharsets.UTF_8;
    }

    /** stdout's charset as Java 17 picks it, or UTF-8 when that one cannot write Russian. */
    static Charset stdout() {
        return choose(System.getProperty("sun.stdout.encoding"), Charset.defaultCharset());
    }

    /** stderr's, likewise. */
    static Charset stderr() {
        return choose(System.getProperty("sun.stderr.encoding"), Charset.defaultCharset());
    }

    /** A writer on a standard stream that flushes at each line, as picocli's own. */
    static PrintWriter writer(OutputStream stream, Charset charset) {
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }
}
