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
 * (DESIGN.md). Exit 0 whenever the file was read, even full of protocol errors; 2 when it could not be.
 */
@Command(name = "decode", mixinStandardHelpOptions = true, description = "Dissect a capture or a hex dump (raw, plain hex, xxd, hexdump -C, od, tcpdump, Wireshark text).")
final class DecodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the capture or dump")
    Path file;

    @Option(names = "--json", description = "one JSON object per message, one per line")
    boolean json;

    @Option(names = "--summary", description = "per conversation: messages by kind and direction, bytes, problems by rule, time span")
    boolean summary;

    @Option(names = "--lang", defaultValue = "en", description = "en or ru (the listing's explanations)")
    String lang;

    @Option(names = "--dir", description = "c2s or s2c: the direction of a one-direction dump")
    String dir;

    @Option(names = "--stream", description = "which TCP connection of a capture, numbered as Wireshark's tcp.stream (default: the first WebSocket conversation)")
    Integer stream;

    @Option(names = "--port", defaultValue = "0", description = "the server's port: its connections are WebSocket even without a handshake (a capture that starts mid-connection)")
    int port;

    @Option(names = "--list", description = "list the TCP connections of a capture: stream, endpoints, protocol, messages, bytes, start time")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Direction direction;
        try {
            direction = dir == null ? null : Direction.fromCode(dir);
        } catch (IllegalArgumentException bad) {
            err.println("error: --dir must be c2s or s2c, not " + dir);
            return 2;
        }
        if (!lang.equalsIgnoreCase("en") && !lang.equalsIgnoreCase("ru")) {
            err.println("error: --lang must be en or ru, not " + lang);
            return 2;
        }
        if (port < 0 || port > 65535 || stream != null && stream < 0) {
            err.println("error: --port must be a port number (1-65535) and --stream a tcp.stream number (0 or more)");
            return 2;
        }
        Explanations words = Explanations.forLanguage(lang);
        PrintWriter buffered = new PrintWriter(new BufferedWriter(out, 1 << 16), false);
        // Notices go with the text listing, as comment lines; beside JSON lines, to stderr.
        PrintWriter noticeOut = json ? err : buffered;
        Consumer<CaptureNotice> notices = n -> noticeOut.println((json ? "note: " : "# ") + words.phrase(n.phrase()));
        CaptureReader.Options options = new CaptureReader.Options(direction, port);
        try {
            if (list) {
                new ConnectionList(words, buffered, json).print(CaptureReader.list(file, options, notices));
                buffered.flush();
                return 0;
            }
            Listing shown = listing(buffered);
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
                listing.end();
            }
        } catch (DumpException unreadable) {
            buffered.flush();
            err.println("error: " + unreadable.getMessage());
            return 2;
        } catch (OutOfMemoryError full) {
            // The last resort: what was built is unreachable by now, so these few lines can be printed.
            buffered.flush();
            err.println("error: " + file.getFileName() + " needs more memory than Java may use here ("
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB). Give it more, e.g. java -Xmx4g -jar …");
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
