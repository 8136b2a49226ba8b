package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.net.Source;
import wsinspector.net.TapEvent;

class TapRuleTest {
    private static final InetSocketAddress OWN = new InetSocketAddress("127.0.0.1", 8080);
    private final TapRule rule = new TapRule(() -> Set.of(OWN));

    private static TapEvent bytes(long id, Source source) {
        return new TapEvent.Bytes(id, source, Chunk.of(Direction.CLIENT_TO_SERVER, new byte[] {0x47})); // "G"
    }

    @Test
    void ourClientTalkingToOurServerIsRecordedOnceByTheServer() {
        List<TapEvent> kept = rule.filter(List.of(
                new TapEvent.Opened(1, Source.CLIENT, "127.0.0.1:8080", 0),
                new TapEvent.Opened(2, Source.SERVER, "127.0.0.1:50000", 0),
                bytes(1, Source.CLIENT), bytes(2, Source.SERVER),
                new TapEvent.Closed(1, Source.CLIENT, 1000, null, 0),
                new TapEvent.Closed(2, Source.SERVER, 1000, null, 0)));
        assertEquals(3, kept.size());
        assertTrue(kept.stream().allMatch(e -> !(e instanceof TapEvent.Opened o) || o.source() == Source.SERVER));
    }

    @Test
    void ourClientTalkingToAnotherServerIsRecordedByTheClient() {
        List<TapEvent> kept = rule.filter(List.of(new TapEvent.Opened(3, Source.CLIENT, "127.0.0.1:9090", 0),
                bytes(3, Source.CLIENT)));
        assertEquals(2, kept.size());
    }

    @Test
    void dropsAreNeverHidden() {
        assertEquals(1, rule.filter(List.of(new TapEvent.Dropped(7))).size());
    }

    @Test
    void aServerOnEveryAddressIsReachedThroughLoopback() {
        TapRule any = new TapRule(() -> Set.of(new InetSocketAddress("0.0.0.0", 8080)));
        assertTrue(any.isOwnServer("127.0.0.1:8080"));
        assertFalse(any.isOwnServer("127.0.0.1:8081"));
        assertFalse(any.isOwnServer("not an address"));
    }
}
