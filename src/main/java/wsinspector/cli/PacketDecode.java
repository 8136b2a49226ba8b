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
import wsinspector.capture.FileSignature;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.PacketFile;
import wsinspector.capture.packet.TcpConnection;
import wsinspector.capture.packet.TcpStreamListener;
import wsinspector.dissect.ConnectionEvent;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;

/**
 * {@code decode} of a packet capture, streamed: the reader's reassembled TCP bytes go straight into one
 * dissector per connection and its messages straight to the listing; nothing of the capture is kept.
 * The summary counts every connection; the listings show one, the {@code --stream} number (Wireshark's
 * {@code tcp.stream}) or by default the first whose client opens with an HTTP request.
 */
final class PacketDecode implements TcpStreamListener {
    private static final int HEAD = 64;

    private final Listing listing;
    private final SummaryReport summary;
    private final Integer wanted;
    private final Map<TcpConnection, Dissector> dissectors = new HashMap<>();
    private Integer chosen;

    /**
     * @param summaryOrNull the summary report, which takes every connection; null for a listing of one
     * @param wanted        the connection to list, null for the first that starts with a request
     */
    private PacketDecode(Listing listing, SummaryReport summaryOrNull, Integer wanted) {
        this.listing = listing;
        this.summary = summaryOrNull;
        this.wanted = wanted;
    }

    /** Whether a file is a packet capture (pcap, pcapng, maybe gzip-compressed), by its first bytes. */
    static boolean isPacketCapture(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD);
            return PacketFile.of(head, head.length) != null || FileSignature.of(head, head.length) == FileSignature.GZIP;
        } catch (IOException | SecurityException unreadable) {
            return false; // the dump reader says why in words
        }
    }

    /** Decodes a capture into the listing; {@code summaryOrNull} when the listing is the summary. */
    static void run(Path file, String name, Listing listing, SummaryReport summaryOrNull, Integer wanted)
            throws DumpException {
        PacketDecode decode = new PacketDecode(listing, summaryOrNull, wanted);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = in.readNBytes(HEAD);
            PacketFile kind = PacketFile.of(head, head.length);
            listing.begin(name, kind == null ? "gzip" : kind.formatName());
            CaptureReader.streamPackets(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in),
                    name, 0, decode);
        } catch (IOException e) {
            throw new DumpException("cannot read " + name + ": " + e.getMessage() + ".", e);
        }
        decode.dissectors.values().forEach(Dissector::finish);
    }

    @Override
    public void opened(TcpConnection connection) {
        int stream = connection.stream();
        if (summary != null) {
            dissectors.put(connection, new Dissector(m -> summary.message(stream, m)));
        } else if (wanted != null && wanted == stream) {
            chosen = stream;
            dissectors.put(connection, new Dissector(listing::message));
        }
    }

    @Override
    public void data(TcpConnection connection, Direction direction, long timestampNanos, byte[] bytes, int offset,
                     int length) {
        Dissector d = dissectors.get(connection);
        if (d == null && chosen == null && wanted == null && direction == Direction.CLIENT_TO_SERVER
                && startsWithRequest(bytes, offset, length)) {
            chosen = connection.stream();
            d = new Dissector(listing::message);
            dissectors.put(connection, d);
        }
        if (d != null) {
            d.accept(direction, timestampNanos, bytes, offset, length);
        }
    }

    private static boolean startsWithRequest(byte[] b, int off, int len) {
        return len >= 4 && b[off] == 'G' && b[off + 1] == 'E' && b[off + 2] == 'T' && b[off + 3] == ' ';
    }

    @Override
    public void gap(TcpConnection connection, Direction direction, long timestampNanos, long streamOffset, long length) {
        Dissector d = dissectors.get(connection);
        if (d != null) {
            d.gap(direction, timestampNanos, length);
        }
    }

    @Override
    public void event(TcpConnection connection, Direction direction, long timestampNanos, ConnectionEvent event) {
        Dissector d = dissectors.get(connection);
        if (d != null) {
            d.connectionEvent(direction, timestampNanos, event);
        }
    }

    @Override
    public void notice(CaptureNotice notice) {
    }
}
