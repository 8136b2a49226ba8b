package wsinspector.dissect;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Random frames of every shape a dissector must judge, mostly well-formed (what a capture mostly holds) and
 * often not: wrong mask, RSV bits, reserved opcodes, lengths not in the shortest form, control frames too long
 * or fragmented, invalid or split UTF-8, fragmented messages in and out of order, close frames. For tests that
 * compare two ways through the same bytes; deterministic for a seed.
 */
public final class RandomFrames {
    private static final String[] TEXTS = {"hello", "message 0000001\n", "привет, мир", "日本語", "€uro", ""};

    private final Random random;

    public RandomFrames(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** The bytes of one or a few frames as one side would send them (a fragmented message is several). */
    public byte[] next(boolean fromClient) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pick = random.nextInt(100);
        boolean mask = fromClient;
        if (pick < 40) {
            frame(out, true, 0, 1, mask, ascii(random.nextInt(random.nextInt(10) == 0 ? 300 : 40)));
        } else if (pick < 50) {
            frame(out, true, 0, 2, mask, bytes(random.nextInt(20) == 0 ? 66_000 + random.nextInt(100) : random.nextInt(200)));
        } else if (pick < 56) {
            frame(out, true, 0, 1, mask, TEXTS[random.nextInt(TEXTS.length)].getBytes(StandardCharsets.UTF_8));
        } else if (pick < 60) {
            byte[] bad = "caf\u00e9!".getBytes(StandardCharsets.UTF_8);
            bad[random.nextInt(bad.length)] = (byte) (0x80 + random.nextInt(0x80)); // often invalid, sometimes not
            frame(out, true, 0, 1, mask, bad);
        } else if (pick < 68) {
            fragmented(out, mask);
        } else if (pick < 74) {
            frame(out, true, 0, 9 + random.nextInt(2), mask, ascii(random.nextInt(10) == 0 ? 126 + random.nextInt(10) : random.nextInt(20)));
        } else if (pick < 78) {
            byte[] body = random.nextBoolean() ? new byte[] {0x03, (byte) 0xE8, 'b', 'y', 'e'}
                    : new byte[] {(byte) random.nextInt(256), (byte) random.nextInt(256)};
            frame(out, true, 0, 8, mask, random.nextInt(10) == 0 ? new byte[] {3} : body);
        } else if (pick < 82) {
            frame(out, true, 0, 1 + random.nextInt(2), !mask, ascii(random.nextInt(30))); // masked the wrong way
        } else if (pick < 86) {
            frame(out, random.nextBoolean(), 1 + random.nextInt(7), 1 + random.nextInt(2), mask, ascii(random.nextInt(30)));
        } else if (pick < 90) {
            nonMinimal(out, mask, ascii(random.nextInt(30)));
        } else if (pick < 93) {
            frame(out, true, 0, 3 + random.nextInt(5), mask, ascii(random.nextInt(10))); // reserved opcode
        } else if (pick < 96) {
            frame(out, false, 0, 9, mask, ascii(3)); // a fragmented control frame
        } else {
            frame(out, true, 0, 0, mask, ascii(random.nextInt(10))); // a continuation without a start
        }
        return out.toByteArray();
    }

    /** A text or binary message in two to four fragments, a ping between them at times, a UTF-8 character split between them. */
    private void fragmented(ByteArrayOutputStream out, boolean mask) {
        boolean text = random.nextBoolean();
        byte[] whole = text ? "фрагменты: три или четыре".getBytes(StandardCharsets.UTF_8) : bytes(40);
        int parts = 2 + random.nextInt(3);
        int at = 0;
        for (int i = 0; i < parts; i++) {
            int end = i == parts - 1 ? whole.length : Math.min(whole.length, at + 1 + random.nextInt(12));
            byte[] piece = java.util.Arrays.copyOfRange(whole, at, end);
            frame(out, i == parts - 1, 0, i == 0 ? (text ? 1 : 2) : 0, mask, piece);
            at = end;
            if (random.nextInt(4) == 0) {
                frame(out, true, 0, 9, mask, ascii(4));
            }
            if (random.nextInt(12) == 0) {
                frame(out, true, 0, 1, mask, ascii(5)); // a data frame inside the fragmented message
            }
            if (random.nextInt(12) == 0) {
                return; // the message never ends before the next one starts
            }
        }
    }

    private void nonMinimal(ByteArrayOutputStream out, boolean mask, byte[] payload) {
        boolean wide = random.nextBoolean();
        out.write(0x81);
        out.write((mask ? 0x80 : 0) | (wide ? 127 : 126));
        for (int i = wide ? 7 : 1; i >= 0; i--) {
            out.write((int) ((long) payload.length >>> (8 * i)));
        }
        masked(out, mask, payload);
    }

    private void frame(ByteArrayOutputStream out, boolean fin, int rsv, int opcode, boolean mask, byte[] payload) {
        out.write((fin ? 0x80 : 0) | rsv << 4 | opcode);
        int m = mask ? 0x80 : 0;
        if (payload.length <= 125) {
            out.write(m | payload.length);
        } else if (payload.length <= 0xFFFF) {
            out.write(m | 126);
            out.write(payload.length >>> 8);
            out.write(payload.length);
        } else {
            out.write(m | 127);
            for (int i = 7; i >= 0; i--) {
                out.write((int) ((long) payload.length >>> (8 * i)));
            }
        }
        masked(out, mask, payload);
    }

    private void masked(ByteArrayOutputStream out, boolean mask, byte[] payload) {
        if (!mask) {
            out.writeBytes(payload);
            return;
        }
        byte[] key = bytes(4);
        out.writeBytes(key);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ key[i & 3]);
        }
    }

    private byte[] ascii(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (' ' + random.nextInt(95));
        }
        return b;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
