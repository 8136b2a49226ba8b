package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decoder keeps a frame's header and its payload unmasked, and makes the wire bytes again when asked: they must be
 * exactly the bytes that came, for every shape of header (flags, reserved opcodes, each length form, a mask or none),
 * every split of the input and every limit of bytes kept, a cut last frame included.
 */
class FrameWireRoundTripTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void wireBytesAndPayloadsAreExactlyWhatCame(long seed) {
        Random random = new Random(seed);
        List<byte[]> payloads = new ArrayList<>();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) {
            byte[] payload = new byte[random.nextInt(4) == 0 ? random.nextInt(70_000) : random.nextInt(300)];
            random.nextBytes(payload);
            byte[] key = random.nextBoolean() ? null : new byte[] {(byte) random.nextInt(), (byte) random.nextInt(),
                    (byte) random.nextInt(), (byte) random.nextInt()};
            FrameSpec.LengthEncoding form = FrameSpec.LengthEncoding.values()[random.nextInt(3)];
            if (form == FrameSpec.LengthEncoding.FORCE_16 && payload.length > FrameHeader.PAYLOAD_16_MAX) {
                form = FrameSpec.LengthEncoding.FORCE_64;
            }
            FrameSpec spec = new FrameSpec(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                    random.nextBoolean(), random.nextInt(16), key, payload, form);
            payloads.add(payload);
            stream.writeBytes(FrameEncoder.encode(spec));
        }
        byte[] whole = stream.toByteArray();
        int cut = whole.length - random.nextInt(20); // the last frame may end inside its header or its payload
        long kept = random.nextBoolean() ? Long.MAX_VALUE : 14 + random.nextInt(40_000);

        List<DecodedFrame> frames = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(frames::add, kept);
        for (int at = 0; at < cut; ) {
            int n = Math.min(cut - at, 1 + random.nextInt(random.nextBoolean() ? 20 : 20_000));
            decoder.feed(whole, at, n);
            at += n;
        }
        decoder.finish();

        long offset = 0;
        for (int i = 0; i < frames.size(); i++) {
            DecodedFrame f = frames.get(i);
            assertEquals(offset, f.offset(), "frame " + i);
            byte[] wire = f.wire();
            assertEquals(wire.length, f.wireLength(), "frame " + i);
            assertArrayEquals(Arrays.copyOfRange(whole, (int) offset, (int) offset + wire.length), wire, "frame " + i);
            if (f.header() != null) {
                byte[] expected = payloads.get(i);
                assertArrayEquals(Arrays.copyOf(expected, f.payloadBytesPresent()), f.unmaskedPayload(), "frame " + i);
            }
            offset += f.length();
        }
        assertEquals(cut, offset);
    }
}
