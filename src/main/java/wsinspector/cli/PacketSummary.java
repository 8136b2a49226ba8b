package wsinspector.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import wsinspector.capture.CaptureReader;
import wsinspector.capture.ConnectionTallies;
import wsinspector.capture.DumpException;
import wsinspector.capture.DumpFormat;
import wsinspector.capture.FileSignature;
import wsinspector.capture.packet.PacketFile;

/**
 * {@code decode --summary} of a packet capture, streamed: the reader's reassembled TCP bytes go straight into
 * one counting dissector per connection; nothing of the capture is kept but the counts.
 */
final class PacketSummary {
    private static final int HEAD = 64;

    private PacketSummary() {
    }

    /** Whether a file is a packet capture (pcap, pcapng, maybe gzip-compressed), by its first bytes. */
    static boolean isPacketCapture(Path file) {
        return CaptureReader.holdsPackets(file);
    }

    /** Counts every connection of the capture into the summary, numbered as Wireshark's {@code tcp.stream}. */
    static void run(Path file, String name, SummaryReport summary, int serverPort) throws DumpException {
        ConnectionTallies tallies = new ConnectionTallies(serverPort, notice -> { });
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            summary.begin(name, PacketFile.of(head, head.length) == PacketFile.PCAPNG ? DumpFormat.PCAPNG : DumpFormat.PCAP);
            CaptureReader.streamPackets(in, name, serverPort, tallies);
        } catch (IOException e) {
            throw DumpException.unreadable(name, e);
        }
        tallies.finish();
        tallies.conversations().forEach(summary::conversation);
    }
}
