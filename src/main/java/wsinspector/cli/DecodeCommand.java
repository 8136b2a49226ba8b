package wsinspector.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import java.util.function.Consumer;

import wsinspector.capture.CaptureReader;
import wsinspector.capture.DumpException;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.explain.Explanations;

/**
 * {@code decode FILE}: dissects a raw file or a hex dump and prints a listing, or JSON lines
 * (DESIGN.md). Exit 0 whenever the file was read, even full of protocol errors or holding no WebSocket conversation
 * (then it says so and lists the connections it holds); 2 when it could not be.
 */
@Command(name = "decode", mixinStandardHelpOptions = true)
final class DecodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--summary")
    boolean summary;

    /** As asked, else the user's language (see {@link CommandLanguage}); the shortcut sets it before running. */
    @Option(names = "--lang")
    String lang;

    @Option(names = "--dir")
    String dir;

    @Option(names = "--stream")
    Integer stream;

    @Option(names = "--port", defaultValue = "0")
    int port;

    @Option(names = "--list")
    boolean list;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the command, printing to {@code out} and {@code err}; returns the exit status. */
    int run(PrintWriter out, PrintWriter err) {
        if (lang == null) {
            lang = spec == null ? CommandLanguage.ofUser(null) : CommandLanguage.of(null, spec.commandLine());
        }
        CliWords says = CliWords.forLanguage(lang);
        Direction direction;
        try {
            direction = dir == null ? null : Direction.fromCode(dir);
        } catch (IllegalArgumentException bad) {
            err.println(says.t("error.line", says.t("decode.dir", dir)));
            return 2;
        }
        if (!CommandLanguage.isKnown(lang)) {
            err.println(says.t("error.line", says.t("decode.lang", lang)));
            return 2;
        }
        if (port < 0 || port > 65535 || stream != null && stream < 0) {
            err.println(says.t("error.line", says.t("decode.range")));
            return 2;
        }
        Explanations words = Explanations.forLanguage(lang);
        PrintWriter buffered = new PrintWriter(new BufferedWriter(out, 1 << 16), false);
        // Notices go with the text listing, as comment lines; beside JSON lines, to stderr.
        PrintWriter noticeOut = json ? err : buffered;
        boolean[] noWebSocket = new boolean[1];
        Consumer<CaptureNotice> notices = n -> {
            noWebSocket[0] |= n.key().equals(CaptureReader.noWebSocket(0).key());
            noticeOut.println(json ? says.t("note", words.phrase(n.phrase())) : "# " + words.phrase(n.phrase()));
        };
        CaptureReader.Options options = new CaptureReader.Options(direction, port);
        Listing shown = listing(buffered);
        try {
            if (list) {
                new ConnectionList(words, buffered, json).print(CaptureReader.list(file, options, notices));
                buffered.flush();
                return 0;
            }
            Listing listing = new LikenessCheck(shown, notices);
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            if (summary && stream == null && PacketSummary.isPacketCapture(file)) {
                PacketSummary.run(file, name, (SummaryReport) shown, port); // every connection, not one
                shown.end();
            } else {
                Dissector dissector = new Dissector(listing::message);
                CaptureReader.streamConversation(file, options, stream == null ? -1 : stream, dissector,
                        format -> listing.begin(name, format), notices);
                dissector.finish();
                if (noWebSocket[0]) {
                    // read, and nothing to decode: what the capture holds instead, as --list shows it (beside JSON
                    // lines, on stderr with the notice: the lines on stdout are messages, and there are none)
                    new ConnectionList(words, json ? err : buffered, false).print(CaptureReader.list(file, options, n -> { }));
                } else {
                    listing.end();
                }
            }
        } catch (DumpException unreadable) {
            shown.flush();
            buffered.flush();
            err.println(says.unreadable(unreadable));
            return 2;
        } catch (OutOfMemoryError full) {
            // The last resort: what was built is unreachable by now, so these few lines can be printed.
            shown.flush();
            buffered.flush();
            err.println(says.t("error.line", says.t("decode.memory", String.valueOf(file.getFileName()),
                    Long.toString(Runtime.getRuntime().maxMemory() >> 20))));
            return 2;
        }
        buffered.flush();
        return 0;
    }

    private Listing listing(PrintWriter out) {
        Explanations words = Explanations.forLanguage(lang);
        if (summary) {
            return new SummaryReport(words, out, json);
        }
        return json ? new JsonLines(words, out) : new TextListing(words, out);
    }
}
