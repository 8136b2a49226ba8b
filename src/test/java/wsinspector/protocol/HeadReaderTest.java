package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The one place a head is read: any split, the bytes after it kept, a limit on its length. */
class HeadReaderTest {
    private static final String REQUEST = "GET /chat HTTP/1.1\r\nHost: server.example.com\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";

    @Test
    void everySplitGivesTheSameHeadAndKeepsTheFrameAfterIt() {
        byte[] frame = Hex.bytes("818537fa213d7f9f4d5158");
        byte[] stream = Hex.concat(REQUEST.getBytes(StandardCharsets.US_ASCII), frame);
        for (int cut = 0; cut <= stream.length; cut++) {
            HeadReader r = new HeadReader(1024);
            HeadReader.Result first = r.feed(stream, 0, cut);
            HeadReader.Result result = first != null ? first : r.feed(stream, cut, stream.length - cut);
            HeadReader.Result.Head head = assertInstanceOf(HeadReader.Result.Head.class, result, "cut at " + cut);
            assertEquals("/chat", head.head().target());
            assertEquals(REQUEST.length(), head.bytes().length);
            // Fed in one go, the bytes after the head come back as its rest; fed later, they are the caller's.
            byte[] after = first != null ? Hex.concat(head.rest(), java.util.Arrays.copyOfRange(stream, cut, stream.length))
                    : head.rest();
            assertArrayEquals(frame, after, "cut at " + cut);
        }
    }

    @Test
    void aHeadLongerThanTheLimitIsRefusedWithoutBeingKept() {
        HeadReader r = new HeadReader(100);
        byte[] start = "GET / HTTP/1.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
        byte[] more = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".getBytes(StandardCharsets.US_ASCII);
        assertNull(r.feed(start, 0, start.length));
        assertNull(r.feed(more, 0, more.length));
        HeadReader.Result result = r.feed(more, 0, more.length);
        HeadReader.Result.Malformed m = assertInstanceOf(HeadReader.Result.Malformed.class, result);
        assertTrue(m.tooLong());
        assertTrue(r.buffered() <= 100);
    }

    @Test
    void garbageIsRefusedAtItsFirstLine() {
        byte[] garbage = Hex.bytes("16030100a5010000a1030300");
        HeadReader.Result.Malformed m = assertInstanceOf(HeadReader.Result.Malformed.class,
                new HeadReader(1024).feed(garbage, 0, garbage.length));
        assertEquals(false, m.tooLong());
    }
}
