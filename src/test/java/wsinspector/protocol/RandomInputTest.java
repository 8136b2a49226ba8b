package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.protocol.FrameValidator.Role;

/** Random bytes through the whole frame layer: nothing throws, nothing hangs, every byte is accounted for. */
class RandomInputTest {

    @Test
    @Timeout(20)
    void randomStreamsNeverThrow() {
        Random random = new Random(2024);
        for (int round = 0; round < 2000; round++) {
            byte[] stream = new byte[random.nextInt(300)];
            random.nextBytes(stream);
            if (round % 2 == 0 && stream.length > 1) {
                stream[1] &= (byte) 0xFD; // keep many short lengths, so that streams hold several frames
            }
            Role role = Role.values()[round % 3];
            DeflateParameters deflate = round % 4 < 2 ? DeflateParameters.DEFAULT : null;
            MessageAssembler assembler = new MessageAssembler(role, deflate, 1000);
            long[] total = {0};
            FrameDecoder decoder = new FrameDecoder(f -> {
                total[0] += f.wire().length;
                FrameValidator.validate(f, role, deflate != null);
                assembler.accept(f);
            });
            for (int i = 0; i < stream.length; ) {
                int n = Math.min(stream.length - i, 1 + random.nextInt(32));
                decoder.feed(stream, i, n);
                i += n;
            }
            decoder.finish();
            assertEquals(stream.length, total[0]);
        }
    }

    @Test
    @Timeout(10)
    void randomCompressedPayloadsNeverThrow() {
        Random random = new Random(99);
        MessageInflater inflater = new MessageInflater(false, 10_000);
        for (int round = 0; round < 2000; round++) {
            byte[] data = new byte[random.nextInt(100)];
            random.nextBytes(data);
            inflater.inflate(data);
        }
    }
}
