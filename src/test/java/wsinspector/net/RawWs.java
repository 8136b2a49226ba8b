package wsinspector.net;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.FrameSpec;

/** A hand-driven client on a plain socket: the test writes exact bytes and reads exact bytes. */
final class RawWs implements AutoCloseable {
    static final byte[] KEY = {0x37, (byte) 0xfa, 0x21, 0x3d};
    final Socket socket;
    final InputStream in;
    final OutputStream out;
    /** Every byte written, in order. */
    final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    /** Every byte read, in order. */
    final ByteArrayOutputStream received = new ByteArrayOutputStream();

    RawWs(InetSocketAddress at) throws IOException {
        socket = new Socket();
        socket.connect(at, 5000);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Connects and completes an RFC 6455 handshake (optionally offering extensions), returning the response head. */
    static RawWs open(InetSocketAddress at, String... extraHeaderLines) throws IOException {
        RawWs ws = new RawWs(at);
        StringBuilder request = new StringBuilder("GET /raw HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n");
        for (String line : extraHeaderLines) {
            request.append(line).append("\r\n");
        }
        ws.send(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        String head = ws.readHead();
        if (!head.startsWith("HTTP/1.1 101")) {
            throw new IOException("not accepted: " + head);
        }
        return ws;
    }

    void send(byte[] bytes) throws IOException {
        sent.writeBytes(bytes);
        out.write(bytes);
        out.flush();
    }

    void send(FrameSpec frame) throws IOException {
        send(FrameEncoder.encode(frame));
    }

    /** Sends the frame masked with {@link #KEY}, as a client must. */
    void sendMasked(FrameSpec frame) throws IOException {
        send(frame.withMask(KEY));
    }

    void sendHex(String hex) throws IOException {
        send(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    /** Reads up to and including the blank line. */
    String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (true) {
            int b = readByte();
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
    }

    /** Reads everything until the server closes the connection. */
    String readToEnd() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int n;
        while ((n = in.read(buf)) >= 0) {
            all.write(buf, 0, n);
            received.write(buf, 0, n);
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the server closed the connection");
        }
        received.write(b);
        return b;
    }

    byte[] readExactly(int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException("the server closed after " + b.length + " of " + n + " bytes");
        }
        received.writeBytes(b);
        return b;
    }

    /** One server frame: its header and its (unmasked) payload. */
    record Frame(FrameHeader header, byte[] payload) {
        int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
        }

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        String closeReason() {
            return payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
        }
    }

    Frame readFrame() throws IOException {
        byte[] two = readExactly(2);
        int headerLength = FrameHeader.headerLength(two[1] & 0xFF);
        byte[] header = new byte[headerLength];
        header[0] = two[0];
        header[1] = two[1];
        System.arraycopy(readExactly(headerLength - 2), 0, header, 2, headerLength - 2);
        FrameHeader h = FrameHeader.parse(header, 0, headerLength).orElseThrow();
        return new Frame(h, readExactly((int) h.payloadLength()));
    }

    /** Reads frames until a close frame, skipping others; returns the close. */
    Frame readUntilClose() throws IOException {
        while (true) {
            Frame f = readFrame();
            if (f.header().opcode() == 0x8) {
                return f;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
