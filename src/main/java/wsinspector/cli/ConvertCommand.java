package wsinspector.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wsinspector.capture.Capture;
import wsinspector.capture.CaptureReader;
import wsinspector.capture.CapturedConnection;
import wsinspector.capture.DumpException;
import wsinspector.capture.MessageChunks;
import wsinspector.capture.PcapngWriter;
import wsinspector.capture.SaveFormat;
import wsinspector.capture.har.HarCapture;
import wsinspector.explain.Explanations;

/**
 * {@code convert IN OUT [--stream N]}: writes one conversation of any input the inspector reads (a
 * pcap or pcapng capture, tcpdump or tshark text, a byte dump, a HAR) as a pcapng file or an
 * annotated xxd dump, the format following OUT's extension (DESIGN.md, "Contracts").
 * Exit 0 when written, 2 when IN cannot be read or OUT cannot be written, with one line on stderr.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "in")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "out")
    Path out;

    @Option(names = "--stream", paramLabel = "N")
    Integer stream;

    /** The language of the error lines (read before parsing too, for the help: see {@link UsageTexts}). */
    @Option(names = "--lang", paramLabel = "LANG")
    String lang;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String lang = CommandLanguage.of(this.lang, spec.commandLine());
        CliWords says = CliWords.forLanguage(lang);
        if (!CommandLanguage.isKnown(lang)) {
            err.println(says.t("error.line", says.t("decode.lang", lang)));
            return 2;
        }
        SaveFormat format = SaveFormat.of(out);
        if (format == null) {
            err.println(says.t("error.line", says.t("convert.extension", out)));
            return 2;
        }
        String name = in.getFileName() == null ? in.toString() : in.getFileName().toString();
        Capture capture;
        CapturedConnection conversation;
        try {
            capture = CaptureReader.read(in, CaptureReader.Options.defaults());
            conversation = ConversationChoice.pick(capture, name, stream);
        } catch (DumpException unreadable) {
            err.println(says.unreadable(unreadable));
            return 2;
        }
        try (OutputStream file = Files.newOutputStream(out)) {
            format.write(file, MessageChunks.of(conversation.dissect().messages()), comment(capture, name),
                    conversation.client() == null ? PcapngWriter.DEFAULT_CLIENT_PORT : conversation.client().port(),
                    conversation.server() == null ? PcapngWriter.DEFAULT_SERVER_PORT : conversation.server().port());
        } catch (IOException | SecurityException e) {
            err.println(says.t("error.line", says.t("convert.write", out, says.writeFailure(e))));
            return 2;
        }
        return 0;
    }

    /** Where the bytes came from, and for a HAR that its frames are reconstructed. */
    private static String comment(Capture capture, String name) {
        Explanations words = Explanations.forLanguage("en");
        String comment = words.text("convert.comment", name, capture.format());
        StringBuilder text = new StringBuilder(comment);
        capture.notices().stream().filter(n -> n.key().equals(HarCapture.RECONSTRUCTED))
                .forEach(n -> text.append('\n').append(words.phrase(n.phrase())));
        return text.toString();
    }
}
