package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code decode} of a packet capture: streamed per connection, with the capture's times. */
class DecodePacketsTest {
    /** The JDK's client talking to Java-WebSocket, recorded with tshark (samples/README.md). */
    private static final String JDK_CLIENT = "samples/jdk-client.pcapng";

    @Test
    void jsonCarriesThePacketTimesAsTsharkShowsThem() throws Exception {
        DecodeCommandTest.Run r = DecodeCommandTest.run("decode", JDK_CLIENT, "--json");
        assertEquals(0, r.status(), r.err());
        List<JsonNode> lines = r.json();
        assertTrue(lines.stream().allMatch(l -> l.has("time")), r.out());
        String firstFrame = r.out().lines().filter(l -> l.contains("\"kind\":\"frame\"")).findFirst().orElseThrow();
        // tshark -r samples/jdk-client.pcapng -Y websocket -T fields -e frame.time_epoch: 1796002099.116450495 first
        assertTrue(firstFrame.contains("\"time\":1796002099.116450495,"), firstFrame);
    }

    @Test
    void summaryCountsTheConnectionWithItsTimeSpan() {
        DecodeCommandTest.Run r = DecodeCommandTest.run("decode", JDK_CLIENT, "--summary");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().toLowerCase(java.util.Locale.ROOT).startsWith("# jdk-client.pcapng: pcapng"), r.out());
        assertTrue(r.out().matches("(?s).*frame\\s+7\\s+5\\n.*"), r.out());
        assertTrue(r.out().contains("time: 2026-11-30T01:28:18.064417937Z"), r.out());
    }
}
