package wsinspector.legacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A whole hixie-76 conversation built by this package and read back by it: the client's request with
 * random keys, the server's answer computed from the request as a server would, then frames both ways.
 * (Java-WebSocket 1.6.0 no longer speaks draft 76, so there is no library peer.)
 */
class LegacyEndToEndTest {

    @Test
    void conversationBuiltByClientAndServerReadsBack() {
        Random random = new Random(2010);
        String[] keys = Hixie76Handshake.randomKeys(random);
        byte[] key3 = Hixie76Handshake.randomKey3(random);

        ByteArrayOutputStream c2s = new ByteArrayOutputStream();
        c2s.writeBytes(Hixie76Handshake.buildRequest("example.com", "/chat", "http://example.com",
                keys[0], keys[1], key3, null));
        c2s.writeBytes(LegacyFrameEncoder.text("Hello"));
        c2s.writeBytes(LegacyFrameEncoder.close());
        byte[] clientBytes = c2s.toByteArray();

        // The server reads the request: head, blank line, key3.
        int requestBody = headEnd(clientBytes);
        Map<String, String> requestHeaders = headers(clientBytes, requestBody);
        byte[] receivedKey3 = Arrays.copyOfRange(clientBytes, requestBody, requestBody + 8);
        assertEquals(List.of(), Hixie76Handshake.validateRequest(Bytes.headers(requestHeaders), receivedKey3,
                requestBody));
        Challenge serverSide = Hixie76Handshake.challenge(requestHeaders.get("Sec-WebSocket-Key1"),
                requestHeaders.get("Sec-WebSocket-Key2"), receivedKey3);

        ByteArrayOutputStream s2c = new ByteArrayOutputStream();
        s2c.writeBytes(Hixie76Handshake.buildResponse("http://example.com", "ws://example.com/chat", null,
                serverSide.response()));
        s2c.writeBytes(LegacyFrameEncoder.text("Hello"));
        s2c.writeBytes(LegacyFrameEncoder.binary(new byte[300]));
        s2c.writeBytes(LegacyFrameEncoder.close());
        byte[] serverBytes = s2c.toByteArray();

        // The client checks the response against the challenge it made.
        Challenge clientSide = Hixie76Handshake.challenge(keys[0], keys[1], key3);
        int responseBody = headEnd(serverBytes);
        byte[] md5 = Arrays.copyOfRange(serverBytes, responseBody, responseBody + 16);
        assertEquals(List.of(), Hixie76Handshake.validateResponse(Bytes.headers(headers(serverBytes, responseBody)),
                md5, clientSide, responseBody));
        assertArrayEquals(clientSide.response(), md5);

        List<LegacyFrame> fromClient = framesAfter(clientBytes, requestBody + 8);
        assertEquals(List.of("Hello"), fromClient.stream().filter(f -> f.text() != null).map(LegacyFrame::text).toList());
        assertEquals(LegacyFrame.Kind.CLOSE, fromClient.get(1).kind());
        assertEquals(requestBody + 8 + 7, fromClient.get(1).offset());

        List<LegacyFrame> fromServer = framesAfter(serverBytes, responseBody + 16);
        assertEquals(List.of(LegacyFrame.Kind.TEXT_SENTINEL, LegacyFrame.Kind.LENGTH_PREFIXED, LegacyFrame.Kind.CLOSE),
                fromServer.stream().map(LegacyFrame::kind).toList());
        assertEquals(300, fromServer.get(1).payloadLength());
        assertEquals(List.of(), LegacyFrameValidator.validateAll(fromServer));
    }

    /** Frames of the bytes from {@code start}, offsets counted from the start of the stream. */
    private static List<LegacyFrame> framesAfter(byte[] stream, int start) {
        List<LegacyFrame> frames = new ArrayList<>();
        LegacyFrameDecoder decoder = new LegacyFrameDecoder(frames::add);
        // Feed the frame bytes one at a time, as a slow network would.
        for (int i = start; i < stream.length; i++) {
            decoder.feed(stream, i, 1);
        }
        decoder.finish();
        return frames.stream().map(f -> shift(f, start)).toList();
    }

    private static LegacyFrame shift(LegacyFrame f, long by) {
        return new LegacyFrame(f.offset() + by, f.frameType(), f.kind(), f.wire(), f.lengthFieldOffset(),
                f.lengthFieldSize(), f.payloadOffset(), f.payloadLength(), f.truncated());
    }

    /** Offset of the first byte after CRLF CRLF. A stand-in for the protocol package's HTTP head parser. */
    private static int headEnd(byte[] b) {
        for (int i = 3; i < b.length; i++) {
            if (b[i - 3] == '\r' && b[i - 2] == '\n' && b[i - 1] == '\r' && b[i] == '\n') {
                return i + 1;
            }
        }
        throw new AssertionError("no blank line");
    }

    private static Map<String, String> headers(byte[] b, int end) {
        String head = new String(b, 0, end, StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(": ");
            headers.put(lines[i].substring(0, colon), lines[i].substring(colon + 2));
        }
        return headers;
    }
}
