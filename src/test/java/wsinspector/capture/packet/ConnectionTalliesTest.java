package wsinspector.capture.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import wsinspector.capture.CaptureReader;
import wsinspector.capture.ConnectionTallies;
import wsinspector.capture.ConversationTally;
import wsinspector.capture.DumpException;
import wsinspector.dissect.ConnectionEvent;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;

/**
 * {@code decode --summary}'s way through a capture (a counting dissector per connection, plain frames counted
 * where they lie) gives exactly the tallies of the full way (a message for every frame): on the real captures
 * of samples/ and of the tests, on them reordered, repeated and cut, and on generated captures of several
 * conversations with lost, late and retransmitted segments.
 */
class ConnectionTalliesTest {
    private static final PcapRecords STREAM_1 = new PcapRecords(PacketFixtures.bytes("ws-stream1.pcap"));

    static Stream<Arguments> captures() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".pcapng")).sorted().toList()) {
                all.add(Arguments.of(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        for (String name : List.of("ws-lo.pcap", "ws-lo-nano.pcap", "ws-any-sll.pcap", "ws-any-sll2.pcap", "ws-hole.pcap",
                "ws-hole-in-frame.pcap", "ws-snap80.pcap", "ws-two-interfaces.pcapng", "ws-two-sections.pcapng")) {
            all.add(Arguments.of(name, PacketFixtures.bytes(name)));
        }
        int[] reversed = STREAM_1.allNumbers();
        for (int i = 0; i < reversed.length / 2; i++) {
            int t = reversed[i];
            reversed[i] = reversed[reversed.length - 1 - i];
            reversed[reversed.length - 1 - i] = t;
        }
        all.add(Arguments.of("ws-stream1 backwards", STREAM_1.withRecords(reversed)));
        all.add(Arguments.of("ws-stream1 repeated", STREAM_1.withRecords(repeatedEach(STREAM_1.allNumbers()))));
        all.add(Arguments.of("ws-stream1 without its segments 6 to 9", STREAM_1.withRecords(without(STREAM_1.allNumbers(), 6, 9))));
        for (long seed = 1; seed <= 6; seed++) {
            all.add(Arguments.of("generated, seed " + seed, SyntheticPcap.make(seed, 1 + (int) (seed % 3), 400)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void countingGivesTheTalliesOfTheFullPath(String name, byte[] capture) throws DumpException {
        ConnectionTallies counting = new ConnectionTallies(0, notice -> { });
        CaptureReader.streamPackets(new ByteArrayInputStream(capture), name, 0, counting);
        counting.finish();
        FullPath full = new FullPath();
        CaptureReader.streamPackets(new ByteArrayInputStream(capture), name, 0, full);
        full.dissectors.values().forEach(Dissector::finish);

        Map<Integer, String> expected = new TreeMap<>();
        full.tallies.forEach((stream, t) -> {
            if (t.messageCount() > 0) {
                expected.put(stream, describe(t));
            }
        });
        Map<Integer, String> actual = new TreeMap<>();
        counting.conversations().forEach((stream, t) -> actual.put(stream, describe(t)));
        assertTrue(!expected.isEmpty(), "the capture holds conversations");
        assertEquals(expected, actual);
    }

    /** Every frame a message, each message tallied: the way before frames were counted. */
    private static final class FullPath implements TcpStreamListener {
        final Map<Integer, ConversationTally> tallies = new HashMap<>();
        final Map<TcpConnection, Dissector> dissectors = new HashMap<>();

        @Override
        public void opened(TcpConnection c) {
            ConversationTally tally = new ConversationTally();
            tallies.put(c.stream(), tally);
            dissectors.put(c, new Dissector(tally));
        }

        @Override
        public void data(TcpConnection c, Direction d, long ts, byte[] bytes, int offset, int length) {
            dissectors.get(c).accept(d, ts, bytes, offset, length);
        }

        @Override
        public void gap(TcpConnection c, Direction d, long ts, long streamOffset, long length) {
            dissectors.get(c).gap(d, ts, length);
        }

        @Override
        public void event(TcpConnection c, Direction d, long ts, ConnectionEvent event) {
            dissectors.get(c).connectionEvent(d, ts, event);
        }
    }

    private static String describe(ConversationTally t) {
        StringBuilder s = new StringBuilder();
        s.append(t.messageCount()).append(" messages, ").append(t.webSocketMessages()).append(" of WebSocket;");
        for (Message.Kind kind : t.kinds()) {
            s.append(' ').append(kind.code());
            for (Direction d : Direction.values()) {
                s.append(' ').append(t.messages(kind, d));
            }
        }
        for (Direction d : Direction.values()) {
            s.append("; bytes ").append(d.code()).append(' ').append(t.bytes(d));
        }
        s.append("; problems ").append(t.problems());
        s.append("; time ").append(t.firstNanos()).append(" to ").append(t.lastNanos());
        return s.toString();
    }

    private static int[] repeatedEach(int[] numbers) {
        return java.util.Arrays.stream(numbers).flatMap(n -> java.util.stream.IntStream.of(n, n)).toArray();
    }

    private static int[] without(int[] numbers, int from, int to) {
        return java.util.Arrays.stream(numbers).filter(n -> n < from || n > to).toArray();
    }
}
