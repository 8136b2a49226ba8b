package wsinspector.dissect;

/**
 * Takes the frames a {@link Dissector} counts instead of making a message of each: {@code decode --summary}
 * of a big capture needs how many frames there were, not a million messages. Only a frame that breaks no rule
 * (see {@link PlainFrames}) is counted this way; every other frame is still a {@link Message}.
 */
public interface FrameCounter {
    /**
     * A complete frame of this direction that breaks no rule: what a {@link FrameMessage} with no problems
     * would have said, of {@code length} bytes, at this time. Its bytes are lent for the call only: an index that
     * makes the message again later ({@link MessageIndex}) copies them; a tally only counts.
     *
     * @param framingStart the stream offset where the frames it belongs to began (after a handshake or a gap):
     *                     frame offsets inside the message count from there
     * @param offset       the stream offset of its first byte
     * @param bytes        holds the frame at {@code from}
     */
    void plainFrame(Direction direction, long framingStart, long offset, byte[] bytes, int from, int length,
                    long timestampNanos);
}
