package wsinspector.cli;

/**
 * A timestamp as {@code --json} and {@code --summary} write it. Its own class so that a text summary does not load
 * the JSON writer just to format a time.
 */
final class EpochSeconds {
    /** Enough for any long's seconds, a point and nine digits. */
    static final int MAX_CHARS = 32;

    private EpochSeconds() {
    }

    /** Seconds since the epoch with the fraction the capture holds: microseconds, or nanoseconds where it has them. */
    static String of(long nanos) {
        char[] buf = new char[MAX_CHARS];
        return new String(buf, 0, write(nanos, buf));
    }

    /**
     * Writes {@link #of} into {@code buf} (at least {@link #MAX_CHARS} long) from its start and returns how many
     * chars it took: a million timestamps of {@code --json} then make no strings.
     */
    static int write(long nanos, char[] buf) {
        long whole = Math.floorDiv(nanos, 1_000_000_000L);
        long fraction = Math.floorMod(nanos, 1_000_000_000L);
        int n = 0;
        if (whole < 0) {
            buf[n++] = '-';
        }
        long w = Math.abs(whole);
        int digits = 1;
        for (long t = w; t >= 10; t /= 10) {
            digits++;
        }
        if (w == Long.MIN_VALUE) { // |MIN_VALUE| overflows; no capture holds such a time, but be total
            String text = Long.toString(whole).substring(1);
            text.getChars(0, text.length(), buf, n);
            n += text.length();
        } else {
            for (int i = n + digits - 1; i >= n; i--) {
                buf[i] = (char) ('0' + w % 10);
                w /= 10;
            }
            n += digits;
        }
        buf[n++] = '.';
        boolean micros = fraction % 1000 == 0;
        long f = micros ? fraction / 1000 : fraction;
        int width = micros ? 6 : 9;
        for (int i = n + width - 1; i >= n; i--) {
            buf[i] = (char) ('0' + f % 10);
            f /= 10;
        }
        return n + width;
    }
}
