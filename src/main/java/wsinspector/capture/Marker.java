package wsinspector.capture;

import java.util.Locale;
import wsinspector.dissect.Direction;

/**
 * Comment lines of a text dump. {@code # client}, {@code # c2s}, {@code # server} and {@code # s2c}
 * (any case, space after {@code #} optional) name the direction of the bytes that follow; any other
 * line starting with {@code #} is a comment.
 */
final class Marker {
    private Marker() {
    }

    static boolean isComment(String line) {
        return line.stripLeading().startsWith("#");
    }

    /** The direction a marker line names, or null if the line is not a marker. */
    static Direction directionOf(String line) {
        String s = line.strip();
        if (!s.startsWith("#")) {
            return null;
        }
        switch (s.substring(1).strip().toLowerCase(Locale.ROOT)) {
            case "client":
            case "c2s":
                return Direction.CLIENT_TO_SERVER;
            case "server":
            case "s2c":
                return Direction.SERVER_TO_CLIENT;
            default:
                return null;
        }
    }
}
