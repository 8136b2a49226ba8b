package wsinspector.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs {@code decode} without building picocli's command line when its arguments are plain: one file and the
 * options spelled out once each, with plain values. Building the whole command model costs more CPU than
 * summarising a million frames, and every {@code decode} pays it. Anything else (help, a misspelt or repeated
 * option, {@code --opt=value}, an {@code @file}, a value that is not a plain number) goes to picocli, which
 * gives its usual answer; so the two ways never differ in what they accept.
 */
final class DecodeShortcut {
    private static final Set<String> FLAGS = Set.of("--json", "--summary", "--list");
    private static final Set<String> VALUED = Set.of("--lang", "--dir", "--stream", "--port");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    private DecodeShortcut() {
    }

    /**
     * The command these arguments (starting with "decode") make, or null when picocli must read them; without
     * --lang it speaks {@code userLanguage}, as picocli's way would ({@link CommandLanguage}).
     */
    static DecodeCommand parse(String[] args, String userLanguage) {
        if (args.length < 2 || !"decode".equals(args[0])) {
            return null;
        }
        DecodeCommand c = new DecodeCommand();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (FLAGS.contains(a) || VALUED.contains(a)) {
                if (!seen.add(a)) {
                    return null;
                }
                if (FLAGS.contains(a)) {
                    flag(c, a);
                    continue;
                }
                if (i + 1 >= args.length || !value(c, a, args[++i])) {
                    return null;
                }
            } else if (a.isEmpty() || a.startsWith("-") || a.startsWith("@") || c.file != null) {
                return null;
            } else {
                try {
                    c.file = Path.of(a);
                } catch (java.nio.file.InvalidPathException notAPath) {
                    return null;
                }
            }
        }
        if (c.file == null) {
            return null;
        }
        c.lang = CommandLanguage.of(c.lang, userLanguage);
        return c;
    }

    private static void flag(DecodeCommand c, String name) {
        switch (name) {
            case "--json" -> c.json = true;
            case "--summary" -> c.summary = true;
            default -> c.list = true;
        }
    }

    private static boolean value(DecodeCommand c, String name, String v) {
        if (v.startsWith("-") || v.startsWith("@")) {
            return false;
        }
        switch (name) {
            case "--lang" -> c.lang = v;
            case "--dir" -> c.dir = v;
            default -> {
                if (!NUMBER.matcher(v).matches()) {
                    return false;
                }
                if (name.equals("--stream")) {
                    c.stream = Integer.valueOf(v);
                } else {
                    c.port = Integer.parseInt(v);
                }
            }
        }
        return true;
    }

    /**
     * Runs the command with the standard streams as picocli would give them (its encoding rule: the
     * {@code sun.stdout.encoding} / {@code sun.stderr.encoding} property, else the default charset), and its
     * answer to an unexpected exception: one line, status 2.
     */
    static int run(DecodeCommand c) {
        // Standard output straight to its file descriptor through a big buffer: System.out writes each 8 KiB to the
        // system as it comes (it flushes on every write), and --json of a big capture is hundreds of megabytes.
        OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        return run(c, writer(stdout, "sun.stdout.encoding"), writer(System.err, "sun.stderr.encoding"));
    }

    static int run(DecodeCommand c, PrintWriter out, PrintWriter err) {
        try {
            return c.run(out, err);
        } catch (RuntimeException ex) {
            return Main.failed(err, CliWords.forLanguage(c.lang), ex);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** As picocli's (see Main.run), and UTF-8 where the charset cannot write Cyrillic ({@link ConsoleCharset}). */
    private static PrintWriter writer(OutputStream stream, String encodingProperty) {
        String name = System.getProperty(encodingProperty);
        Charset charset = ConsoleCharset.choose("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name, Charset.defaultCharset());
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }
}
