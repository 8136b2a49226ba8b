package wsinspector.capture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import wsinspector.capture.har.HarCapture;
import wsinspector.capture.har.HarReader;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.PacketFile;
import wsinspector.capture.packet.TcpReassembler;
import wsinspector.capture.packet.TcpStreamListener;
import java.util.function.Consumer;
import wsinspector.capture.packet.TcpConnection;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.protocol.Phrase;

/**
 * The one way in for every input: tells what a file is by its first bytes, never by its name, and reads
 * it down the right path. Packet captures (pcap, pcapng, also gzip-compressed) and the text of packets
 * (tcpdump, tshark) go through link/IP/TCP and reassembly into numbered connections; byte dumps (raw,
 * xxd, hexdump, od, plain hex) are one conversation; a file of another known kind (PNG, ZIP, PDF, …) is
 * read as raw bytes with a notice saying what it seems to be.
 */
public final class CaptureReader {
    private static final int HEAD = 64;

    /**
     * @param direction  the direction of a one-direction byte dump, null to infer it
     * @param serverPort the server port of connections caught without their SYN, 0 for none; a connection
     *                   to it counts as WebSocket even without an upgrade request
     */
    public record Options(Direction direction, int serverPort) {
        public static Options defaults() {
            return new Options(null, 0);
        }
    }

    private CaptureReader() {
    }

    public static Capture read(Path file, Options options) throws DumpException {
        String name = DumpReader.nameOf(file);
        try (InputStream in = DumpReader.open(file, name)) {
            return read(in, name, options, true);
        } catch (IOException e) {
            throw DumpException.unreadable(name, e);
        }
    }

    public static Capture read(byte[] content, String name, Options options) throws DumpException {
        try {
            return read(new ByteArrayInputStream(content), name == null ? "dump" : name, options, true);
        } catch (IOException e) {
            throw DumpException.unreadable(name, e);
        }
    }

    /**
     * Streams a packet capture (pcap or pcapng, maybe gzip-compressed) through TCP reassembly to a
     * listener, in blocks: what a reader of big captures uses. Memory stays at the largest packet plus
     * what waits behind holes.
     */
    public static void streamPackets(InputStream in, String name, int serverPort, TcpStreamListener listener)
            throws DumpException {
        try {
            byte[] head = new byte[HEAD];
            int n = in.readNBytes(head, 0, HEAD);
            boolean gzip = FileSignature.of(head, n) == FileSignature.GZIP;
            if (gzip) {
                // what the file holds, unpacked: its first bytes are not the file's, and are not named as such (W8-3)
                in = new GZIPInputStream(new ConcatInput(head, n, in), 1 << 16);
                n = in.readNBytes(head, 0, HEAD);
            }
            PacketFile kind = PacketFile.of(head, n);
            if (kind == null) {
                throw gzip ? new DumpException(Phrase.of("unreadable.gzip-not-a-capture", name))
                        : new DumpException(Phrase.of("unreadable.not-a-capture", name,
                                wsinspector.dissect.Hex.of(head, 0, Math.min(n, 4))));
            }
            if (gzip) {
                listener.notice(gzipped(kind));
            }
            TcpReassembler reassembler = new TcpReassembler(listener, serverPort);
            kind.read(head, n, in, reassembler);
            reassembler.finish();
        } catch (IOException e) {
            throw DumpException.unreadable(name, e);
        }
    }

    /**
     * Streams one conversation of any input into a dissector as the file is read: of a packet capture, TCP
     * stream {@code stream} (-1: the first WebSocket conversation); of a byte dump, its only one (stream 0).
     * {@code onFormat} hears how the file is read before the first message; notices go to {@code notices}
     * as they are met.
     *
     * @return the connection picked; null for a byte dump, and for a capture that holds no WebSocket conversation when
     *         none was named (a notice {@code capture.no-websocket} then says so)
     * @throws DumpException when the file cannot be read, or holds no such stream
     */
    public static TcpConnection streamConversation(Path file, Options options, int stream, Dissector dissector,
            Consumer<DumpFormat> onFormat, Consumer<CaptureNotice> notices) throws DumpException {
        String name = DumpReader.nameOf(file);
        byte[] head = new byte[HEAD];
        int n;
        try (InputStream in = DumpReader.open(file, name)) {
            n = in.readNBytes(head, 0, HEAD);
            PacketFile packets = PacketFile.of(head, n);
            boolean gzip = FileSignature.of(head, n) == FileSignature.GZIP;
            if (packets != null || gzip) {
                InputStream source = gzip ? new GZIPInputStream(new ConcatInput(head, n, in), 1 << 16) : in;
                byte[] first = gzip ? new byte[HEAD] : head;
                int m = gzip ? source.readNBytes(first, 0, HEAD) : n;
                PacketFile inner = PacketFile.of(first, m);
                if (inner == null) {
                    throw new DumpException(Phrase.of("unreadable.gzip-not-a-capture", name));
                }
                onFormat.accept(inner == PacketFile.PCAP ? DumpFormat.PCAP : DumpFormat.PCAPNG);
                if (gzip) {
                    notices.accept(gzipped(inner));
                }
                ConversationSelector selector = new ConversationSelector(stream, options.serverPort(), dissector, notices);
                TcpReassembler reassembler = new TcpReassembler(selector, options.serverPort());
                inner.read(first, m, source, reassembler);
                reassembler.finish();
                return chosen(name, stream, selector, notices);
            }
        } catch (IOException e) {
            throw DumpException.unreadable(name, e);
        }
        if (HarReader.looksLikeHar(java.util.Arrays.copyOf(head, n))) {
            return HarCapture.stream(file, name, stream, dissector, onFormat, notices);
        }
        FileSignature signature = FileSignature.of(head, n);
        if (signature != null) {
            notices.accept(CaptureNotice.of("signature." + signature.code(), 0));
        } else if (n == 0) {
            notices.accept(CaptureNotice.of("capture.empty", -1));
        }
        if (signature == null && n > 0) {
            TcpConnection picked = streamText(file, name, options, stream, dissector, onFormat, notices);
            if (picked != null) {
                return picked;
            }
        } else {
            DumpReader.stream(file, options.direction(), onFormat, dissector::accept);
        }
        if (stream > 0) {
            throw new DumpException(Phrase.of("unreadable.one-stream", name, stream));
        }
        return null;
    }

    /** The TCP connections of a packet capture, one row each with what they carried. */
    public static java.util.List<ConversationRow> list(Path file, Options options,
            java.util.function.Consumer<CaptureNotice> notices) throws DumpException {
        String name = DumpReader.nameOf(file);
        if (!holdsPackets(file)) {
            // the text of packets, a HAR, a bare byte stream: read whole, as decode reads them (--list refused them
            // as "not a pcap or pcapng file" while decode listed their messages, W9-10)
            Capture capture = read(file, options);
            capture.notices().forEach(notices);
            FileSignature signature = signatureOf(file);
            return capture.connections().stream().map(c -> ConnectionTallies.row(c, options.serverPort(), signature))
                    .toList();
        }
        ConnectionTallies tallies = new ConnectionTallies(options.serverPort(), notices);
        try (InputStream in = DumpReader.open(file, name)) {
            streamPackets(in, name, options.serverPort(), tallies);
        } catch (IOException e) {
            throw DumpException.unreadable(name, e);
        }
        tallies.finish();
        return tallies.rows();
    }

    /** What the file is by its first bytes (a PNG, a ZIP…: what the window's notice names), or null. */
    private static FileSignature signatureOf(Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD);
            return FileSignature.of(head, head.length);
        } catch (IOException | SecurityException unreadable) {
            return null;
        }
    }

    /**
     * Whether the file is a pcap or pcapng capture, maybe gzip-compressed: read packet by packet as it streams by,
     * where any other input is read whole. False for a file that cannot be opened: reading it says why in words.
     */
    public static boolean holdsPackets(Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD);
            return PacketFile.of(head, head.length) != null || FileSignature.of(head, head.length) == FileSignature.GZIP;
        } catch (IOException | SecurityException unreadable) {
            return false;
        }
    }

    /**
     * The link type of a dump that is the text of packets (tcpdump, tshark -x), or -1 for a byte stream.
     *
     * @throws DumpException for tcpdump text whose packets cannot be read: dissecting their headers as
     *                       WebSocket bytes would show wrong bytes with confidence
     */
    private static int packetLinkType(Dump dump, String name) throws DumpException {
        if (dump.format() != DumpFormat.TCPDUMP && dump.format() != DumpFormat.WIRESHARK_HEX) {
            return -1;
        }
        int linkType = PacketText.linkTypeOf(dump.chunks());
        if (linkType < 0 && dump.format() == DumpFormat.TCPDUMP && !dump.chunks().isEmpty()) {
            throw new DumpException(Phrase.of("unreadable.tcpdump-link", name));
        }
        return linkType;
    }

    /** Streams a text dump: a byte stream to the dissector, or the text of packets through TCP reassembly. */
    private static TcpConnection streamText(Path file, String name, Options options, int stream, Dissector dissector,
            Consumer<DumpFormat> onFormat, Consumer<CaptureNotice> notices) throws DumpException {
        List<Chunk> held = new ArrayList<>();
        DumpFormat[] format = new DumpFormat[1];
        DumpReader.stream(file, options.direction(), f -> {
            format[0] = f;
            if (f != DumpFormat.TCPDUMP && f != DumpFormat.WIRESHARK_HEX) {
                onFormat.accept(f);
            }
        }, chunk -> {
            if (format[0] == DumpFormat.TCPDUMP || format[0] == DumpFormat.WIRESHARK_HEX) {
                held.add(chunk);
            } else {
                dissector.accept(chunk);
            }
        });
        if (format[0] != DumpFormat.TCPDUMP && format[0] != DumpFormat.WIRESHARK_HEX) {
            return null;
        }
        Dump dump = new Dump(format[0], held, false);
        int linkType = packetLinkType(dump, name);
        onFormat.accept(format[0]);
        if (linkType < 0) {
            held.forEach(dissector::accept);
            return null;
        }
        ConversationSelector selector = new ConversationSelector(stream, options.serverPort(), dissector, notices);
        TcpReassembler reassembler = new TcpReassembler(selector, options.serverPort());
        PacketText.feed(held, linkType, reassembler);
        reassembler.finish();
        return chosen(name, stream, selector, notices);
    }

    /**
     * The connection the selector picked. When none was named and none is WebSocket, the capture was read all the
     * same: a notice says that it holds no WebSocket conversation, and null is returned (its reader lists what it
     * holds); a stream named that is not there is unreadable.
     */
    private static TcpConnection chosen(String name, int stream, ConversationSelector selector,
            Consumer<CaptureNotice> notices) throws DumpException {
        if (selector.chosen() != null) {
            return selector.chosen();
        }
        if (stream < 0) {
            notices.accept(noWebSocket(selector.connections()));
            return null;
        }
        throw noSuchStream(name, stream, selector.connections());
    }

    /** What is said of a capture whose TCP connections hold no WebSocket conversation. */
    public static CaptureNotice noWebSocket(int connections) {
        return CaptureNotice.of("capture.no-websocket", -1, connections);
    }

    /** What a person is told of a capture that was gzip-compressed: its offsets are the unpacked capture's. */
    public static CaptureNotice gzipped(PacketFile inner) {
        return CaptureNotice.of("capture.gzip", -1, inner.formatName());
    }

    private static DumpException noSuchStream(String name, int stream, int connections) {
        return new DumpException(Phrase.of("unreadable.no-stream", name, connections, connections - 1, stream));
    }

    private static Capture read(InputStream in, String name, Options options, boolean mayUnzip)
            throws IOException, DumpException {
        byte[] head = new byte[HEAD];
        int n = in.readNBytes(head, 0, HEAD);
        PacketFile packets = PacketFile.of(head, n);
        if (packets != null) {
            ConnectionCollector collector = new ConnectionCollector(options.serverPort());
            TcpReassembler reassembler = new TcpReassembler(collector, options.serverPort());
            packets.read(head, n, in, reassembler);
            reassembler.finish();
            return new Capture(packets.formatName(), collector.connections(), collector.notices(), false);
        }
        FileSignature signature = FileSignature.of(head, n);
        if (signature == FileSignature.GZIP && mayUnzip) {
            // a gzip-compressed capture is read unpacked, and says so; anything else compressed is for gunzip (W8-3)
            InputStream unpacked = new GZIPInputStream(new ConcatInput(head, n, in), 1 << 16);
            byte[] first = new byte[HEAD];
            int m = unpacked.readNBytes(first, 0, HEAD);
            PacketFile inner = PacketFile.of(first, m);
            if (inner == null) {
                throw new DumpException(Phrase.of("unreadable.gzip-not-a-capture", name));
            }
            Capture capture = read(new ConcatInput(first, m, unpacked), name, options, false);
            List<CaptureNotice> notices = new ArrayList<>(capture.notices());
            notices.add(0, gzipped(inner));
            return new Capture(capture.format(), capture.connections(), notices, capture.hadDirectionMarkers());
        }
        byte[] content = readRest(head, n, in, name);
        if (HarReader.looksLikeHar(java.util.Arrays.copyOf(head, n))) {
            return HarCapture.read(content, name);
        }
        if (signature != null) {
            Dump dump = DumpReader.read(content, name, options.direction());
            return new Capture(dump.format().toolName(), List.of(new CapturedConnection(0, null, null, 0L, true,
                    dump.chunks().stream().map(c -> (StreamPiece) new StreamPiece.Data(c)).toList())),
                    List.of(CaptureNotice.of("signature." + signature.code(), 0)), false);
        }
        if (content.length == 0) {
            return new Capture("raw bytes", List.of(), List.of(CaptureNotice.of("capture.empty", -1)), false);
        }
        return fromDump(DumpReader.read(content, name, options.direction()), List.of(), name);
    }

    private static Capture fromDump(Dump dump, List<CaptureNotice> notices, String name) throws DumpException {
        int linkType = packetLinkType(dump, name);
        if (linkType >= 0) {
            ConnectionCollector collector = new ConnectionCollector(0);
            TcpReassembler reassembler = new TcpReassembler(collector, 0);
            PacketText.feed(dump.chunks(), linkType, reassembler);
            reassembler.finish();
            return new Capture(dump.format().toolName(), collector.connections(), collector.notices(), false);
        }
        List<StreamPiece> pieces = new ArrayList<>(dump.chunks().size());
        dump.chunks().forEach(c -> pieces.add(new StreamPiece.Data(c)));
        List<CapturedConnection> one = pieces.isEmpty() ? List.of()
                : List.of(new CapturedConnection(0, null, null, 0L, true, pieces));
        return new Capture(dump.format().toolName(), one, notices, dump.hadDirectionMarkers());
    }

    private static byte[] readRest(byte[] head, int n, InputStream in, String name) throws IOException, DumpException {
        byte[] rest = in.readNBytes((int) DumpReader.MAX_FILE_BYTES + 1 - n);
        if ((long) n + rest.length > DumpReader.MAX_FILE_BYTES) {
            throw new DumpException(Phrase.of("unreadable.capture-too-big", name, DumpReader.MAX_FILE_BYTES >> 20));
        }
        byte[] all = new byte[n + rest.length];
        System.arraycopy(head, 0, all, 0, n);
        System.arraycopy(rest, 0, all, n, rest.length);
        return all;
    }
}
