package wsinspector.protocol;

import java.util.Random;

/** Messages for window tests: text whose repeats lie at every distance up to the message's length. */
public final class DeflateSamples {
    private DeflateSamples() {
    }

    /** {@code size} bytes of letters, about half copied from random earlier places (so matches of any distance). */
    public static byte[] message(int size, long seed) {
        Random random = new Random(seed);
        byte[] m = new byte[size];
        int i = 0;
        while (i < size) {
            if (i > 64 && random.nextBoolean()) {
                int from = random.nextInt(i - 32);
                int n = Math.min(size - i, 16 + random.nextInt(48));
                for (int k = 0; k < n; k++) {
                    m[i++] = m[from + k];
                }
            } else {
                int n = Math.min(size - i, 1 + random.nextInt(24));
                for (int k = 0; k < n; k++) {
                    m[i++] = (byte) ('a' + random.nextInt(26));
                }
            }
        }
        return m;
    }
}
