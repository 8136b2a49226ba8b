package wsinspector.capture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.PacketFile;
import wsinspector.capture.packet.TcpReassembler;
import wsinspector.capture.packet.TcpStreamListener;
import wsinspector.dissect.Direction;

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
        String name = nameOf(file);
        try (InputStream in = open(file, name)) {
            return read(in, name, options, true);
        } catch (IOException e) {
            throw new DumpException("cannot read " + name + ": " + e.getMessage() + ".", e);
        }
    }

    public static Capture read(byte[] content, String name, Options options) throws DumpException {
        try {
            return read(new ByteArrayInputStream(content), name == null ? "dump" : name, options, true);
        } catch (IOException e) {
            throw new DumpException("cannot read " + name + ": " + e.getMessage() + ".", e);
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
            if (FileSignature.of(head, n) == FileSignature.GZIP) {
                streamPackets(new GZIPInputStream(new ConcatInput(head, n, in), 1 << 16), name, serverPort, listener);
                return;
            }
            PacketFile kind = PacketFile.of(head, n);
            if (kind == null) {
                throw new DumpException("cannot read " + name + ": it is no pcap or pcapng file (its first bytes are "
                        + wsinspector.dissect.Hex.of(head, 0, Math.min(n, 4)) + ").");
            }
            TcpReassembler reassembler = new TcpReassembler(listener, serverPort);
            kind.read(head, n, in, reassembler);
            reassembler.finish();
        } catch (IOException e) {
            throw new DumpException("cannot read " + name + ": " + e.getMessage() + ".", e);
        }
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
            return read(new GZIPInputStream(new ConcatInput(head, n, in), 1 << 16), name, options, false);
        }
        byte[] content = readRest(head, n, in, name);
        if (signature != null) {
            return fromDump(DumpReader.read(content, name, options.direction()),
                    List.of(CaptureNotice.of("signature." + signature.code(), 0)));
        }
        if (content.length == 0) {
            return new Capture("raw bytes", List.of(), List.of(CaptureNotice.of("capture.empty", -1)), false);
        }
        return fromDump(DumpReader.read(content, name, options.direction()), List.of());
    }

    private static Capture fromDump(Dump dump, List<CaptureNotice> notices) {
        List<StreamPiece> pieces = new ArrayList<>(dump.chunks().size());
        dump.chunks().forEach(c -> pieces.add(new StreamPiece.Data(c)));
        List<CapturedConnection> one = pieces.isEmpty() ? List.of()
                : List.of(new CapturedConnection(0, null, null, 0L, true, pieces));
        return new Capture(dump.format().toolName(), one, notices, dump.hadDirectionMarkers());
    }

    private static byte[] readRest(byte[] head, int n, InputStream in, String name) throws IOException, DumpException {
        byte[] rest = in.readNBytes((int) DumpReader.MAX_FILE_BYTES + 1 - n);
        if ((long) n + rest.length > DumpReader.MAX_FILE_BYTES) {
            throw new DumpException("cannot read " + name + ": it holds more than the " + (DumpReader.MAX_FILE_BYTES >> 20)
                    + " MiB a dump may hold. Save the capture as a pcap file instead.");
        }
        byte[] all = new byte[n + rest.length];
        System.arraycopy(head, 0, all, 0, n);
        System.arraycopy(rest, 0, all, n, rest.length);
        return all;
    }

    private static InputStream open(Path file, String name) throws DumpException {
        try {
            if (Files.isDirectory(file)) {
                throw new DumpException("cannot read " + name + ": it is a folder, not a file. Choose a capture or dump file.");
            }
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new DumpException("cannot read " + name + ": no such file. Check the name and the folder ("
                    + file.toAbsolutePath() + ").", e);
        } catch (AccessDeniedException e) {
            throw new DumpException("cannot read " + name + ": permission denied. Make the file readable, or copy it"
                    + " somewhere you can read it.", e);
        } catch (IOException | SecurityException e) {
            throw new DumpException("cannot read " + name + ": " + e.getMessage() + ".", e);
        }
    }

    private static String nameOf(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }
}
