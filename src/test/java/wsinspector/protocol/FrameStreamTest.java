package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import wsinspector.protocol.FrameValidator.Role;

/** The push reader of a live connection: RFC 6455's examples, any split, fail fast at the limits. */
class FrameStreamTest {
    /** RFC 6455 §5.7: a masked "Hello", a fragmented unmasked "Hel" "lo", a masked ping, 256 and 65536 bytes. */
    private static final byte[] MASKED_HELLO = Hex.bytes("818537fa213d7f9f4d5158");
    private static final byte[] FRAGMENTED_HELLO = Hex.bytes("010348656c80026c6f");
    private static final byte[] UNMASKED_PING = Hex.bytes("890548656c6c6f");

    /** What the listener heard, in order, as short strings. */
    private static final class Heard implements FrameStream.Listener {
        final List<String> events = new ArrayList<>();
        Problem failure;

        @Override
        public void control(Opcode opcode, byte[] payload) {
            events.add(opcode + ":" + Hex.hex(payload));
        }

        @Override
        public void message(AssembledMessage m) {
            events.add(m.opcode() + "(" + m.frameCount() + "):" + (m.text() != null ? m.text() : Hex.hex(m.payload())));
        }

        @Override
        public void failed(Problem problem) {
            failure = problem;
            events.add("failed:" + problem.rule().id());
        }
    }

    private static Heard read(Role sender, StreamLimits limits, byte[] stream, int... cuts) {
        Heard heard = new Heard();
        FrameStream s = new FrameStream(sender, null, limits, heard);
        int from = 0;
        for (int cut : cuts) {
            s.feed(stream, from, cut - from);
            from = cut;
        }
        s.feed(stream, from, stream.length - from);
        return heard;
    }

    private static Heard read(Role sender, byte[] stream, int... cuts) {
        return read(sender, StreamLimits.ofMessageBytes(1 << 20), stream, cuts);
    }

    @Test
    void rfcExamplesGiveTheirMessages() {
        assertEquals(List.of("TEXT(1):Hello"), read(Role.CLIENT, MASKED_HELLO).events);
        assertEquals(List.of("PING:48656c6c6f", "TEXT(2):Hello"),
                read(Role.SERVER, Hex.concat(Hex.bytes("010348656c"), UNMASKED_PING, Hex.bytes("80026c6f"))).events);
        byte[] big = new byte[65536];
        byte[] frame = Hex.concat(Hex.bytes("827f0000000000010000"), big);
        assertEquals(List.of("BINARY(1):" + Hex.hex(big)), read(Role.SERVER, frame).events);
    }

    @Test
    void everySplitGivesWhatTheWholeGives() {
        byte[] stream = Hex.concat(Hex.bytes("817e0100"), new byte[256], FRAGMENTED_HELLO, UNMASKED_PING,
                Hex.bytes("8800"));
        List<String> whole = read(Role.SERVER, stream).events;
        assertEquals(4, whole.size());
        for (int cut = 1; cut < stream.length; cut++) {
            assertEquals(whole, read(Role.SERVER, stream, cut).events, "cut at " + cut);
        }
        Heard bytewise = new Heard();
        FrameStream s = new FrameStream(Role.SERVER, null, StreamLimits.ofMessageBytes(1 << 20), bytewise);
        for (int i = 0; i < stream.length; i++) {
            s.feed(stream, i, 1);
        }
        assertEquals(whole, bytewise.events);
    }

    @Test
    void aLengthOf2To62FailsAtItsHeaderBeforeAnyPayload() {
        byte[] header = Hex.bytes("82ff4000000000000000" + "01020304");
        Heard heard = read(Role.CLIENT, header, 3, 7);
        assertEquals(List.of("failed:message-too-big"), heard.events);
        Heard topBit = read(Role.CLIENT, Hex.bytes("82ff8000000000000000" + "01020304"));
        assertEquals(List.of("failed:length-top-bit-set"), topBit.events);
    }

    @Test
    void aBrokenRuleFailsOnceAndTheRestIsIgnored() {
        byte[] unmasked = Hex.concat(Hex.bytes("8105") , "Hello".getBytes(StandardCharsets.US_ASCII), MASKED_HELLO);
        assertEquals(List.of("failed:client-frame-unmasked"), read(Role.CLIENT, unmasked).events);
        byte[] badUtf8 = Hex.bytes("8102c328");
        assertEquals(List.of("failed:text-invalid-utf8"), read(Role.SERVER, badUtf8).events);
        assertEquals(List.of("failed:continuation-without-start"), read(Role.SERVER, Hex.bytes("80026c6f")).events);
    }

    @Test
    void endlessFragmentsStopAtTheFragmentLimit() {
        byte[] start = Hex.bytes("0101" + "41");
        byte[] more = Hex.bytes("0001" + "41");
        byte[] stream = Hex.concat(start, more, more, more);
        Heard heard = read(Role.SERVER, new StreamLimits(1 << 20, 3, 1 << 20), stream);
        assertEquals(List.of("failed:too-many-fragments"), heard.events);
        assertEquals(FrameRule.TOO_MANY_FRAGMENTS, heard.failure.rule());
    }

    @Test
    void aMessageOverTheLimitFailsAtTheFragmentThatPassesIt() {
        byte[] stream = Hex.concat(Hex.bytes("0103414141"), Hex.bytes("8003414141"));
        Heard heard = read(Role.SERVER, new StreamLimits(5, 100, 5), stream);
        assertEquals(List.of("failed:message-too-big"), heard.events);
    }

    @Test
    void aDeflateBombStopsAtTheInflatedLimit() {
        byte[] zeros = new byte[1 << 20];
        byte[] compressed = new MessageDeflater(false).deflate(zeros);
        byte[] stream = Hex.concat(Hex.bytes("c27e" + String.format("%04x", compressed.length)), compressed);
        Heard heard = new Heard();
        FrameStream s = new FrameStream(Role.SERVER, DeflateParameters.DEFAULT, new StreamLimits(1 << 20, 10, 1000), heard);
        s.feed(stream, 0, stream.length);
        assertEquals(List.of("failed:inflate-limit-exceeded"), heard.events);
        assertTrue(s.failed());
    }

    @Test
    void aCloseFrameIsJudgedWhole() {
        assertEquals(List.of("CLOSE:03e8"), read(Role.SERVER, Hex.bytes("880203e8")).events);
        assertEquals(List.of("failed:close-code-not-allowed"), read(Role.SERVER, Hex.bytes("880203ed")).events);
    }
}
