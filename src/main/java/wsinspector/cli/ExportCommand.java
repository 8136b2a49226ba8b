package wsinspector.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
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
import wsinspector.export.ExportException;
import wsinspector.export.ExportFormat;
import wsinspector.export.ExportSource;
import wsinspector.export.ExportView;
import wsinspector.export.Handout;
import wsinspector.export.Handouts;
import wsinspector.export.Words;

/**
 * {@code export FILE [--stream N] [--message N] --view V --format F [--lang en|ru] -o OUT}: a handout of one
 * message or of the whole conversation as SVG, PNG or HTML (DESIGN.md, "Contracts"). Exit 0 when written;
 * 2 with one line on stderr when the input cannot be read, the message does not exist or does not fit the
 * view, or OUT cannot be written.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--stream", paramLabel = "N")
    Integer stream;

    @Option(names = "--message", paramLabel = "N")
    Integer message;

    @Option(names = "--view", required = true, paramLabel = "VIEW")
    String view;

    @Option(names = "--format", paramLabel = "FORMAT")
    String format;

    /** As asked, else the user's language (see {@link CommandLanguage}). */
    @Option(names = "--lang", paramLabel = "LANG")
    String lang;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String lang = CommandLanguage.of(this.lang, spec.commandLine());
        if (!CommandLanguage.isKnown(lang)) {
            Words english = Words.forLanguage("en");
            err.println(english.t("cli.error", english.t("cli.lang", lang)));
            return 2;
        }
        Words words = Words.forLanguage(lang);
        Optional<ExportView> chosenView = ExportView.of(view);
        Optional<ExportFormat> chosenFormat = format == null ? ExportFormat.ofFileName(out.toString()) : ExportFormat.of(format);
        String problem = chosenView.isEmpty() ? words.t("cli.view", view)
                : chosenFormat.isEmpty() ? words.t("cli.format", format == null ? out : format)
                : message != null && message < 1 ? words.t("cli.message", message) : null;
        if (problem != null) {
            err.println(words.t("cli.error", problem));
            return 2;
        }
        Handout handout;
        try {
            handout = Handouts.make(source(), chosenView.get(), message, words);
        } catch (DumpException unreadable) {
            err.println(words.t("cli.error", words.explanations().phrase(unreadable.phrase())));
            return 2;
        } catch (ExportException unfit) {
            err.println(words.t("cli.error", unfit.sentence(words)));
            return 2;
        }
        return write(handout, chosenFormat.get(), words, err);
    }

    private ExportSource source() throws DumpException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Capture capture = CaptureReader.read(file, CaptureReader.Options.defaults());
        CapturedConnection c = ConversationChoice.pick(capture, name, stream);
        boolean packets = c.client() != null;
        return new ExportSource(name, packets ? c.stream() : -1, packets ? c.client().toString() : null,
                packets ? c.server().toString() : null, c.dissect().messages());
    }

    /** Renders in memory first, so a failed render never leaves half a file behind. */
    private int write(Handout handout, ExportFormat format, Words words, PrintWriter err) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            format.write(handout, bytes);
            Files.write(out, bytes.toByteArray());
        } catch (IOException | SecurityException e) {
            String reason = e instanceof NoSuchFileException ? words.t("cli.noFolder")
                    : e instanceof AccessDeniedException ? words.t("cli.denied") : e.getMessage();
            err.println(words.t("cli.error", words.t("cli.write", out, reason)));
            return 2;
        }
        return 0;
    }
}
