package wsinspector.capture;

import java.util.ArrayList;
import java.util.List;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;

/** Gathers the bytes of a dump into chunks: a new chunk at each direction marker and each tcpdump packet. */
final class ChunkCollector {
    private final List<Chunk> chunks = new ArrayList<>();
    private final ByteSink sink = new ByteSink();
    private Direction direction;
    private long emitted;

    ChunkCollector(Direction initial) {
        this.direction = initial;
    }

    ByteSink sink() {
        return sink;
    }

    /** The bytes read so far, in chunks and in the one being filled. */
    long total() {
        return emitted + sink.size();
    }

    void switchTo(Direction next) {
        endChunk();
        direction = next;
    }

    /** Ends the chunk being filled; a chunk with no bytes is dropped. Dumps carry no time, so timestamps are 0. */
    void endChunk() {
        if (sink.size() > 0) {
            emitted += sink.size();
            chunks.add(new Chunk(direction, 0L, sink.toByteArray()));
            sink.clear();
        }
    }

    List<Chunk> chunks() {
        return chunks;
    }
}
