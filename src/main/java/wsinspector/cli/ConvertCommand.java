package wsinspector.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wsinspector.capture.DumpException;
import wsinspector.capture.MessageChunks;
import wsinspector.capture.SaveFormat;
import wsinspector.dissect.Dissector;
import wsinspector.explain.Explanations;

/**
 * {@code convert IN OUT [--stream N]}: writes one conversation of any input the inspector reads as a
 * pcapng file or an annotated xxd dump, the format following OUT's extension (DESIGN.md, "Contracts").
 * Exit 0 when written, 2 when IN cannot be read or OUT cannot be written, with one line on stderr.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a capture, dump or HAR to .pcapng (synthetic TCP on 127.0.0.1, for Wireshark)"
                + " or to an .xxd dump with # client / # server markers.")
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "the capture, dump or HAR to read")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write: *.pcapng or *.xxd")
    Path out;

    @Option(names = "--stream", defaultValue = "0", paramLabel = "N",
            description = "which WebSocket conversation of an input holding several (from 0)")
    int stream;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SaveFormat format = SaveFormat.of(out);
        if (format == null) {
            err.println("error: " + out + " must end in .pcapng or .xxd: its extension chooses the format");
            return 2;
        }
        ConvertInput input;
        try {
            input = ConvertInput.read(in, stream);
        } catch (DumpException unreadable) {
            err.println("error: " + unreadable.getMessage());
            return 2;
        }
        Explanations words = Explanations.forLanguage("en");
        String comment = words.text("convert.comment", input.name(), input.formatName());
        if (input.reconstructed()) {
            comment += "\n" + words.text("source.reconstructed", input.name());
        }
        List<wsinspector.dissect.Chunk> chunks = MessageChunks.of(Dissector.dissect(input.chunks()).messages());
        try (OutputStream file = Files.newOutputStream(out)) {
            format.write(file, chunks, comment);
        } catch (IOException | SecurityException e) {
            err.println("error: cannot write " + out + ": " + e.getMessage() + ". Check the folder exists and is writable.");
            return 2;
        }
        return 0;
    }
}
