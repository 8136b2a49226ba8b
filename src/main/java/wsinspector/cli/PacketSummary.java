package wsinspector.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import wsinspector.capture.CaptureReader;
import wsinspector.capture.DumpException;
import wsinspector.capture.DumpFormat;
import wsinspector.capture.FileSignature;
import wsinspector.capture.packet.PacketFile;
import wsinspector.capture.packet.TcpConnection;
import wsinspector.capture.packet.TcpStreamListener;
import wsinspector.dissect.ConnectionEvent;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;

/**
 * {@code decode --summary} of a packet capture, streamed: the reader's reassembled TCP bytes go straight into
 * one dissector per connection, whose messages are counted and dropped; nothing of the capture is kept.
 */
final class PacketSummary implements TcpStreamListener {
    private static final int HEAD = 64;

    private final SummaryReport summary;
    private final Map<TcpConnection, Dissector> dissectors = new HashMap<>();

    private PacketSummary(SummaryReport summary) {
        this.summary = summary;
    }

    /** Whether a file is a packet capture (pcap, pcapng, maybe gzip-compressed), by its first bytes. */
    static boolean isPacketCapture(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD);
            return PacketFile.of(head, head.length) != null || FileSignature.of(head, head.length) == FileSignature.GZIP;
        } catch (IOException | SecurityException unreadable) {
            return false; // the capture reader says why in words
        }
    }

    /** Counts every connection of the capture into the summary, numbered as Wireshark's {@code tcp.stream}. */
    static void run(Path file, String name, SummaryReport summary, int serverPort) throws DumpException {
        PacketSummary counting = new PacketSummary(summary);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            summary.begin(name, PacketFile.of(head, head.length) == PacketFile.PCAPNG ? DumpFormat.PCAPNG : DumpFormat.PCAP);
            CaptureReader.streamPackets(in, name, serverPort, counting);
        } catch (IOException e) {
            throw new DumpException("cannot read " + name + ": " + e.getMessage() + ".", e);
        }
        counting.dissectors.values().forEach(Dissector::finish);
    }

    @Override
    public void opened(TcpConnection connection) {
        int stream = connection.stream();
        dissectors.put(connection, new Dissector(m -> summary.message(stream, m)));
    }

    @Override
    public void data(TcpConnection connection, Direction direction, long timestampNanos, byte[] bytes, int offset,
                     int length) {
        dissectors.get(connection).accept(direction, timestampNanos, bytes, offset, length);
    }

    @Override
    public void gap(TcpConnection connection, Direction direction, long timestampNanos, long streamOffset, long length) {
        dissectors.get(connection).gap(direction, timestampNanos, length);
    }

    @Override
    public void event(TcpConnection connection, Direction direction, long timestampNanos, ConnectionEvent event) {
        dissectors.get(connection).connectionEvent(direction, timestampNanos, event);
    }
}
