package wsinspector.cli;

/**
 * A timestamp as {@code --json} and {@code --summary} write it. Its own class so that a text summary does not load
 * the JSON writer just to format a time.
 */
final class EpochSeconds {
    private EpochSeconds() {
    }

    /** Seconds since the epoch with the fraction the capture holds: microseconds, or nanoseconds where it has them. */
    static String of(long nanos) {
        long whole = Math.floorDiv(nanos, 1_000_000_000L);
        long fraction = Math.floorMod(nanos, 1_000_000_000L);
        String digits = Long.toString(1_000_000_000L + fraction).substring(1);
        return whole + "." + (fraction % 1000 == 0 ? digits.substring(0, 6) : digits);
    }
}
