package wsinspector.dissect;

import java.util.Objects;

/**
 * Bytes as they crossed a socket, or as a capture recorded them: what every source produces and
 * the dissector consumes.
 *
 * @param direction     which way they went; {@code null} when the source does not know (a bare dump)
 *                      and the dissector must infer it from the content
 * @param timestampNanos wall-clock time in nanoseconds since the epoch, 0 when unknown
 * @param bytes         the bytes; owned by the chunk, never modified after creation
 */
public record Chunk(Direction direction, long timestampNanos, byte[] bytes) {
    public Chunk {
        Objects.requireNonNull(bytes, "bytes");
    }

    public static Chunk of(Direction direction, byte[] bytes) {
        return new Chunk(direction, 0L, bytes);
    }
}
