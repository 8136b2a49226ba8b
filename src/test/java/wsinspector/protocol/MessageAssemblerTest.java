package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.protocol.Hex.bytes;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import wsinspector.protocol.FrameValidator.Role;

class MessageAssemblerTest {

    /** Feeds the stream through a decoder and an assembler; returns every completed message and every problem. */
    private static Result assemble(String hex, DeflateParameters deflate, long limit) {
        Result result = new Result(new ArrayList<>(), new ArrayList<>());
        MessageAssembler assembler = new MessageAssembler(Role.SERVER, deflate, limit);
        byte[] stream = bytes(hex);
        FrameDecoder decoder = new FrameDecoder(f -> {
            Assembly a = assembler.accept(f);
            result.problems().addAll(a.problems());
            if (a.completed() != null) {
                result.messages().add(a.completed());
            }
        });
        decoder.feed(stream, 0, stream.length);
        decoder.finish();
        return result;
    }

    private static Result assemble(String hex) {
        return assemble(hex, null, 1 << 20);
    }

    record Result(List<AssembledMessage> messages, List<Problem> problems) {
        AssembledMessage only() {
            assertEquals(1, messages.size(), messages::toString);
            assertEquals(List.of(), problems);
            return messages.get(0);
        }
    }

    @Test
    void oneFrameIsOneMessage() {
        AssembledMessage m = assemble("810548656c6c6f").only(); // "Hello"
        assertEquals("Hello", m.text());
        assertEquals(Opcode.TEXT, m.opcode());
        assertEquals(1, m.frameCount());
        assertFalse(m.compressed());
    }

    @Test
    void joinsTheRfcFragmentedHello() {
        AssembledMessage m = assemble("010348656c" + "80026c6f").only();
        assertEquals("Hello", m.text());
        assertEquals(2, m.frameCount());
        assertEquals(0, m.firstOffset());
    }

    @Test
    void aPingBetweenFragmentsDoesNotDisturbTheMessage() {
        AssembledMessage m = assemble("010348656c" + "890548656c6c6f" + "80026c6f").only();
        assertEquals("Hello", m.text());
    }

    @Test
    void aCharacterSplitAcrossTwoFragmentsIsValid() {
        AssembledMessage m = assemble("0101ce" + "8001ba").only(); // κ = ce ba
        assertEquals("κ", m.text());
    }

    @Test
    void binaryMessagesHaveNoText() {
        AssembledMessage m = assemble("8203c08000").only();
        assertNull(m.text());
        assertArrayEquals(bytes("c08000"), m.payload());
    }

    @Test
    void invalidTextHasNoTextAndOneProblem() {
        Result r = assemble("8103c0" + "8000" + "8101" + "41");
        assertEquals(List.of(FrameRule.TEXT_INVALID_UTF8), r.problems().stream().map(Problem::rule).toList());
        assertNull(r.messages().get(0).text());
        assertEquals("A", r.messages().get(1).text()); // the next message starts clean
    }

    @Test
    void inflatesHelloInOneFrame() {
        AssembledMessage m = assemble("c107f248cdc9c90700", DeflateParameters.DEFAULT, 1000).only();
        assertEquals("Hello", m.text());
        assertTrue(m.compressed());
    }

    @Test
    void inflatesHelloInTwoFragments() {
        AssembledMessage m = assemble("4103f248cd" + "8004c9c90700", DeflateParameters.DEFAULT, 1000).only();
        assertEquals("Hello", m.text());
        assertEquals(2, m.frameCount());
    }

    @Test
    void inflatesTheSecondHelloWithTheSharedWindow() {
        Result r = assemble("c107f248cdc9c90700" + "c105f200110000", DeflateParameters.DEFAULT, 1000);
        assertEquals(List.of("Hello", "Hello"), r.messages().stream().map(AssembledMessage::text).toList());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void inflatesHelloAsAStoredBlock() {
        AssembledMessage m = assemble("c10b000500faff48656c6c6f00", DeflateParameters.DEFAULT, 1000).only();
        assertEquals("Hello", m.text());
    }

    @Test
    void serverNoContextTakeoverBreaksTheSharedWindowExample() {
        DeflateParameters p = DeflateParameters.fromExtensionHeader("permessage-deflate; server_no_context_takeover")
                .orElseThrow();
        Result r = assemble("c107f248cdc9c90700" + "c105f200110000", p, 1000);
        assertEquals(List.of(FrameRule.INFLATE_FAILED), r.problems().stream().map(Problem::rule).toList());
        assertEquals(9, r.problems().get(0).offset());
    }

    @Test
    void withoutDeflateRsv1DoesNotMeanCompressed() {
        AssembledMessage m = assemble("c10548656c6c6f").only();
        assertFalse(m.compressed());
        assertEquals("Hello", m.text());
    }

    @Test
    void aTruncatedLastFrameCompletesNothing() {
        Result r = assemble("010348656c" + "80026c");
        assertEquals(List.of(), r.messages());
    }

    @Test
    void aNewMessageReplacesTheUnfinishedOne() {
        Result r = assemble("010348656c" + "8102" + "4869");
        assertEquals("Hi", r.messages().get(0).text());
        assertEquals(5, r.messages().get(0).firstOffset());
    }
}
