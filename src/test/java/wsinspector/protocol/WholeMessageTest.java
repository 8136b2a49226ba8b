package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import wsinspector.protocol.FrameSpec.LengthEncoding;
import wsinspector.protocol.FrameValidator.Role;

/**
 * The usual frame taken whole ({@link WholeMessage}): a live stream hears exactly what the general reader makes of
 * the same bytes (the messages, their offsets, the problem and where it was found), whether fed in place, as
 * a copy, or a byte at a time (when no frame is ever whole in one feed); in place, the message is handed out where
 * it lies, and bytes it does not take are left as they came.
 */
class WholeMessageTest {
    private static final byte[] KEY = {0x37, (byte) 0xfa, 0x21, 0x3d};

    /** Every event as a string, a message with its frame count and offset, the problem with its offset. */
    private static class Heard implements FrameStream.Listener {
        final List<String> events = new ArrayList<>();

        @Override
        public void control(Opcode opcode, byte[] payload) {
            events.add(opcode + ":" + Hex.hex(payload));
        }

        @Override
        public void message(AssembledMessage m) {
            events.add(m.opcode() + "(" + m.frameCount() + ")@" + m.firstOffset() + ":" + m.compressed() + ":"
                    + m.text() + ":" + Hex.hex(m.payload()));
        }

        @Override
        public void failed(Problem p) {
            events.add("failed:" + p.rule().id() + "@" + p.offset() + ":" + p.field() + ":" + p.detail());
        }
    }

    private static byte[] frames(FrameSpec... specs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (FrameSpec s : specs) {
            out.writeBytes(FrameEncoder.encode(s));
        }
        return out.toByteArray();
    }

    private static List<String> wholeFeed(Role sender, byte[] stream, boolean inPlace) {
        Heard heard = new Heard();
        FrameStream s = new FrameStream(sender, DeflateParameters.DEFAULT, StreamLimits.ofMessageBytes(300), heard);
        byte[] copy = stream.clone();
        if (inPlace) {
            s.feedInPlace(copy, 0, copy.length);
        } else {
            s.feed(copy, 0, copy.length);
            assertArrayEquals(stream, copy, "feed leaves the bytes as they are");
        }
        if (!s.failed()) {
            heard.events.add("position " + s.position());
        }
        return heard.events;
    }

    private static List<String> bytewise(Role sender, byte[] stream) {
        Heard heard = new Heard();
        FrameStream s = new FrameStream(sender, DeflateParameters.DEFAULT, StreamLimits.ofMessageBytes(300), heard);
        for (int i = 0; i < stream.length; i++) {
            s.feed(stream, i, 1);
        }
        if (!s.failed()) {
            heard.events.add("position " + s.position());
        }
        return heard.events;
    }

    private static void assertSameAsTheGeneralReader(Role sender, byte[] stream) {
        List<String> general = bytewise(sender, stream);
        assertEquals(general, wholeFeed(sender, stream, true), "in place");
        assertEquals(general, wholeFeed(sender, stream, false), "as a copy");
    }

    @Test
    void validMessagesAreHeardAsTheGeneralReaderHearsThem() {
        byte[] twoHundred = new byte[200];
        Arrays.fill(twoHundred, (byte) 'z');
        byte[] stream = frames(FrameSpec.text("Hello").withMask(KEY), FrameSpec.binary(twoHundred).withMask(KEY),
                FrameSpec.text("").withMask(KEY), FrameSpec.text("пример ✓").withMask(KEY),
                FrameSpec.ping(new byte[] {1, 2}).withMask(KEY),
                FrameSpec.text("Hel").withFin(false).withMask(KEY), FrameSpec.continuation(new byte[] {'l', 'o'})
                        .withMask(KEY), FrameSpec.binary(new byte[] {9}).withMask(KEY));
        assertSameAsTheGeneralReader(Role.CLIENT, stream);
        assertSameAsTheGeneralReader(Role.SERVER, frames(FrameSpec.text("Hi"), FrameSpec.binary(twoHundred)));
    }

    @Test
    void framesThatBreakARuleOrALimitFailAsTheGeneralReaderFailsThem() {
        byte[] ok = frames(FrameSpec.text("fine").withMask(KEY));
        List<FrameSpec> broken = List.of(
                FrameSpec.of(Opcode.TEXT.code(), new byte[] {'a', (byte) 0xc3, 0x28, 'b'}).withMask(KEY), // bad UTF-8
                FrameSpec.of(Opcode.TEXT.code(), new byte[] {'a', (byte) 0xe2, (byte) 0x82}).withMask(KEY), // cut
                FrameSpec.text("long form").withLengthEncoding(LengthEncoding.FORCE_16).withMask(KEY),
                FrameSpec.text("unmasked"),
                FrameSpec.text("reserved bit").withRsv2(true).withMask(KEY),
                FrameSpec.binary(new byte[301]).withMask(KEY), // over the limit of 300
                FrameSpec.continuation(new byte[] {1}).withMask(KEY));
        for (FrameSpec b : broken) {
            byte[] stream = frames(FrameSpec.text("fine").withMask(KEY), b, FrameSpec.text("after").withMask(KEY));
            assertSameAsTheGeneralReader(Role.CLIENT, stream);
        }
        assertSameAsTheGeneralReader(Role.CLIENT, ok);
    }

    @Test
    void inPlaceTheMessageIsHandedOutWhereItLies() {
        byte[] stream = frames(FrameSpec.text("Hello").withMask(KEY), FrameSpec.text("again").withMask(KEY));
        List<String> views = new ArrayList<>();
        FrameStream s = new FrameStream(Role.CLIENT, null, StreamLimits.ofMessageBytes(1 << 20), new Heard() {
            @Override
            public void message(Opcode opcode, byte[] b, int off, int len, long offset) {
                assertSame(stream, b);
                views.add(opcode + "@" + offset + " [" + off + ", " + len + "] "
                        + new String(b, off, len, StandardCharsets.UTF_8));
            }
        });
        s.feedInPlace(stream, 0, stream.length);
        assertEquals(List.of("TEXT@0 [6, 5] Hello", "TEXT@11 [17, 5] again"), views);
    }

    @Test
    void inPlaceATextThatFailsIsLeftMasked() {
        byte[] stream = frames(FrameSpec.of(Opcode.TEXT.code(), new byte[] {(byte) 0xc3, 0x28}).withMask(KEY));
        byte[] fed = stream.clone();
        Heard heard = new Heard();
        new FrameStream(Role.CLIENT, null, StreamLimits.ofMessageBytes(1 << 20), heard).feedInPlace(fed, 0, fed.length);
        assertArrayEquals(stream, fed);
        assertEquals(1, heard.events.size());
        assertTrue(heard.events.get(0).startsWith("failed:text-invalid-utf8@"), heard.events.get(0));
    }
}
