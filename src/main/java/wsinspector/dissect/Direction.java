package wsinspector.dissect;

/** Which way bytes travel. */
public enum Direction {
    CLIENT_TO_SERVER("c2s"),
    SERVER_TO_CLIENT("s2c");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    /** The short code used on the command line and in the JSON output. */
    public String code() {
        return code;
    }

    public Direction opposite() {
        return this == CLIENT_TO_SERVER ? SERVER_TO_CLIENT : CLIENT_TO_SERVER;
    }

    public static Direction fromCode(String code) {
        for (Direction d : values()) {
            if (d.code.equalsIgnoreCase(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("direction must be c2s or s2c, not " + code);
    }
}
