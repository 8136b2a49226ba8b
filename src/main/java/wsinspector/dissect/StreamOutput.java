package wsinspector.dissect;

import java.util.List;
import java.util.function.Consumer;

import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * Where the messages of one stream's dissection go, with what every message of it shares: the direction of its
 * bytes (fixed, or inferred per frame when a dump does not say) and the time of the bytes at hand.
 */
final class StreamOutput {
    private final Direction fixed;
    private final Direction fallback;
    private final Consumer<Message> sink;
    private long timestamp;

    /**
     * @param fixed    the direction of every byte, or {@code null} to infer it per message
     * @param fallback the direction of messages whose direction cannot be inferred
     */
    StreamOutput(Direction fixed, Direction fallback, Consumer<Message> sink) {
        this.fixed = fixed;
        this.fallback = fallback;
        this.sink = sink;
    }

    /** The direction of every byte of the stream, null when it is inferred per message. */
    Direction fixed() {
        return fixed;
    }

    /** The stream's direction if it has one, else the one inferred for this message. */
    Direction direction(Direction inferred) {
        return fixed != null ? fixed : inferred;
    }

    /** The direction of what nothing in the bytes tells apart (undecoded bytes, legacy frames, gaps). */
    Direction fallbackDirection() {
        return direction(fallback);
    }

    long timestamp() {
        return timestamp;
    }

    /** The time of the bytes fed next. */
    void timestamp(long timestampNanos) {
        this.timestamp = timestampNanos;
    }

    void accept(Message message) {
        sink.accept(message);
    }

    /** Bytes no decoder could read, with why. */
    void undecoded(long at, byte[] wire, String reasonKey, Phrase detail, List<Problem> problems) {
        sink.accept(new UndecodedBytes(fallbackDirection(), at, timestamp, wire, reasonKey, detail, problems,
                new LazyTree(() -> new FieldBuilder("undecoded", at, wire.length).meaning(reasonKey)
                        .attach(problems).build())));
    }

    /** Problems found at offsets from {@code base}, as stream offsets. */
    static List<Problem> shift(List<Problem> problems, long base) {
        if (problems.isEmpty()) {
            return List.of(); // the common case, a million times over in a big capture: allocate nothing
        }
        if (base == 0) {
            return problems;
        }
        return problems.stream().map(p -> p.shifted(base)).toList();
    }
}
