package wsinspector.ui.file;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;

import wsinspector.capture.Capture;
import wsinspector.capture.CaptureReader;
import wsinspector.capture.CapturedConnection;
import wsinspector.capture.DumpException;
import wsinspector.capture.FileSignature;
import wsinspector.capture.WebSocketFanOut;
import wsinspector.capture.har.HarCapture;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.PacketFile;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.MessageIndex;

/**
 * A file the window opens. A packet capture (pcap, pcapng, maybe gzip-compressed) is streamed: each WebSocket
 * conversation is dissected as its packets are read, progress counted in bytes of the file, so the first
 * messages show at once however big the file is. Anything else (a HAR, a text or raw dump, a capture without
 * any WebSocket connection, whose every TCP connection is then shown) is read whole first, as those readers do.
 */
public final class FileSource implements CaptureSource {
    private static final int HEAD = 64;
    private final Path file;

    public FileSource(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    @Override
    public String read(Sink sink) throws DumpException {
        String format = streamPackets(sink);
        return format != null ? format : readWhole(sink);
    }

    /** The packet capture's format after streaming its WebSocket conversations; null when it is no capture or holds none. */
    private String streamPackets(Sink sink) throws DumpException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException | SecurityException e) {
            return null;   // the whole read says why in words
        }
        boolean[] gzip = new boolean[1];
        try (InputStream counted = new Counted(Files.newInputStream(file), size, sink);
             InputStream in = new BufferedInputStream(unzipped(counted, gzip), 1 << 16)) {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            PacketFile kind = PacketFile.of(head, head.length);
            if (kind == null) {
                return null;
            }
            // held until it is known that this pass shows the capture (a capture without WebSocket is read again)
            List<CaptureNotice> notices = new ArrayList<>();
            if (gzip[0]) {
                notices.add(CaptureReader.gzipped(kind));   // offsets are the unpacked capture's, not the file's
            }
            WebSocketFanOut[] fanOut = new WebSocketFanOut[1];
            fanOut[0] = new WebSocketFanOut(0, c -> {
                MessageIndex messages = sink.conversation(new Found(c.stream(), c.client(), c.server(),
                        OptionalLong.of(fanOut[0].firstTimestampNanos()), false));
                return new Dissector(messages, messages);
            }, notices::add);
            CaptureReader.streamPackets(in, name(), 0, fanOut[0]);
            fanOut[0].finish();
            if (fanOut[0].webSocketConversations() == 0) {
                return null;
            }
            notices.forEach(sink::notice);
            return kind.formatName();
        } catch (IOException e) {
            return null;
        }
    }

    /** What the file holds, unpacked when it is gzip-compressed ({@code gzip[0]} then says so). */
    private InputStream unzipped(InputStream raw, boolean[] gzip) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        gzip[0] = FileSignature.of(head, head.length) == FileSignature.GZIP;
        return gzip[0] ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Reads the file whole: every WebSocket conversation, or every TCP connection when none is one. */
    private String readWhole(Sink sink) throws DumpException {
        Capture capture = CaptureReader.read(file, CaptureReader.Options.defaults());
        capture.notices().forEach(sink::notice);
        List<CapturedConnection> shown = capture.webSocketConnections().isEmpty() ? capture.connections()
                : capture.webSocketConnections();
        boolean reconstructed = HarCapture.FORMAT.equals(capture.format());
        OptionalLong origin = capture.connections().stream().mapToLong(CapturedConnection::startNanos)
                .filter(t -> t != 0).min();
        long done = 0;
        for (CapturedConnection c : shown) {
            MessageIndex messages = sink.conversation(new Found(c.stream(), c.client(), c.server(), origin, reconstructed));
            Dissector dissector = new Dissector(messages, messages);
            c.pieces().forEach(p -> p.feed(dissector));
            dissector.finish();
            sink.progress(++done, shown.size());
        }
        return capture.format();
    }

    /** Counts the bytes read off the file and tells the sink, which may stop the reading. */
    private static final class Counted extends FilterInputStream {
        private final long size;
        private final Sink sink;
        private long read;

        Counted(InputStream in, long size, Sink sink) {
            super(in);
            this.size = Math.max(1, size);
            this.sink = sink;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            sink.progress(Math.min(read, size), size);
        }
    }
}
