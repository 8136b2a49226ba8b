package wsinspector.ui.timeline;

import java.util.Locale;

/**
 * A message's time as Wireshark shows it by default: seconds since the capture's first packet, to the
 * microsecond ({@code 0.052013}), or to the millisecond where room is short. Digits with a point in both
 * languages, as the tools print them.
 */
final class RelativeTime {
    private RelativeTime() {
    }

    static String full(long timestampNanos, long originNanos) {
        return String.format(Locale.ROOT, "%.6f", seconds(timestampNanos, originNanos));
    }

    static String compact(long timestampNanos, long originNanos) {
        return String.format(Locale.ROOT, "%.3f", seconds(timestampNanos, originNanos));
    }

    private static double seconds(long timestampNanos, long originNanos) {
        return (timestampNanos - originNanos) / 1e9;
    }
}
