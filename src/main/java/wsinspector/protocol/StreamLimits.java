package wsinspector.protocol;

/**
 * How much one peer may make a {@link FrameStream} hold: the defence against a peer that announces or sends more
 * than a lesson needs (RFC 6455 §10.4). Each limit, when passed, fails the stream with a problem that names it.
 *
 * @param maxMessageBytes  the longest message, as sent (compressed if it is); longer ones fail at the frame header
 *                         that announces them ({@link FrameRule#MESSAGE_TOO_BIG}, close code 1009)
 * @param maxFragments     the most data frames one message may take ({@link FrameRule.TOO_MANY_FRAGMENTS})
 * @param maxInflatedBytes the most bytes a compressed message may inflate to ({@link FrameRule#INFLATE_LIMIT_EXCEEDED})
 */
public record StreamLimits(long maxMessageBytes, int maxFragments, long maxInflatedBytes) {
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_FRAGMENTS = 10_000;

    public StreamLimits {
        if (maxMessageBytes < 1 || maxFragments < 1 || maxInflatedBytes < 1) {
            throw new IllegalArgumentException("every limit must be at least 1: " + maxMessageBytes + ", "
                    + maxFragments + ", " + maxInflatedBytes);
        }
    }

    /** The same limit before and after inflation, and the default number of fragments. */
    public static StreamLimits ofMessageBytes(long maxMessageBytes) {
        return new StreamLimits(maxMessageBytes, DEFAULT_MAX_FRAGMENTS, maxMessageBytes);
    }
}
