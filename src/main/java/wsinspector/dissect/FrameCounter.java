package wsinspector.dissect;

/**
 * Takes the frames a {@link Dissector} counts instead of making a message of each: {@code decode --summary}
 * of a big capture needs how many frames there were, not a million messages. Only a frame that breaks no rule
 * (see {@link PlainFrames}) is counted this way; every other frame is still a {@link Message}.
 */
public interface FrameCounter {
    /**
     * A complete frame of this direction that breaks no rule: what a {@link FrameMessage} with no problems
     * would have said, of {@code length} bytes, at this time.
     */
    void plainFrame(Direction direction, int length, long timestampNanos);
}
