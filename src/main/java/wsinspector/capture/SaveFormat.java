package wsinspector.capture;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import wsinspector.dissect.Chunk;

/** The formats a conversation can be saved in, chosen by the file name's extension. */
public enum SaveFormat {
    /** A pcapng file of synthetic TCP packets on 127.0.0.1 ({@link PcapngWriter}), for Wireshark and tshark. */
    PCAPNG("pcapng"),
    /** An {@code xxd} dump with {@code # client} / {@code # server} markers ({@link HexDumpWriter}). */
    XXD("xxd");

    private final String extension;

    SaveFormat(String extension) {
        this.extension = extension;
    }

    /** The extension without its dot, e.g. {@code pcapng}. */
    public String extension() {
        return extension;
    }

    /** The format a file name asks for, or null when its extension is none of them. */
    public static SaveFormat of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (SaveFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Writes chunks that each name their direction.
     *
     * @param comment where the bytes came from: the pcapng section's comment, the dump's first {@code #} lines
     */
    public void write(OutputStream out, List<Chunk> chunks, String comment) throws IOException {
        write(out, chunks, comment, PcapngWriter.DEFAULT_CLIENT_PORT, PcapngWriter.DEFAULT_SERVER_PORT);
    }

    /** The same, with the ports the pcapng's TCP packets carry (the original ones, where the source had them). */
    public void write(OutputStream out, List<Chunk> chunks, String comment, int clientPort, int serverPort)
            throws IOException {
        ConversationWriter writer = open(out, comment, clientPort, serverPort, TcpSynthesizer.firstTime(chunks));
        for (Chunk chunk : chunks) {
            writer.add(chunk);
        }
        writer.finish();
        out.flush();
    }

    /**
     * Starts a file in this format, written chunk by chunk as {@link ConversationWriter#add} is called (a capture of a
     * million frames saved without holding them): the same bytes as {@link #write} of the same chunks.
     *
     * @param firstTimestampNanos the first known time among the chunks to come, 0 when none has one (a pcapng's
     *                            synthetic handshake is stamped just before it)
     */
    public ConversationWriter open(OutputStream out, String comment, int clientPort, int serverPort,
                                   long firstTimestampNanos) throws IOException {
        return switch (this) {
            case PCAPNG -> PcapngWriter.open(out, clientPort, serverPort, comment, firstTimestampNanos);
            case XXD -> HexDumpWriter.open(new OutputStreamWriter(out, StandardCharsets.UTF_8), comment);
        };
    }
}
