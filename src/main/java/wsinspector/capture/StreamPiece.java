package wsinspector.capture;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.ConnectionEvent;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;

/** One thing a conversation's transcript is made of, in capture order: bytes, a gap, or a TCP event. */
public sealed interface StreamPiece permits StreamPiece.Data, StreamPiece.Gap, StreamPiece.Event {
    long timestampNanos();

    /** Gives this piece to a dissector. */
    void feed(Dissector dissector);

    /** Bytes of one direction (a reassembled run of TCP payload, or a dump's chunk). */
    record Data(Chunk chunk) implements StreamPiece {
        @Override
        public long timestampNanos() {
            return chunk.timestampNanos();
        }

        @Override
        public void feed(Dissector dissector) {
            dissector.accept(chunk);
        }
    }

    /** Bytes the capture does not hold. */
    record Gap(Direction direction, long timestampNanos, long streamOffset, long length) implements StreamPiece {
        @Override
        public void feed(Dissector dissector) {
            dissector.gap(direction, timestampNanos, length);
        }
    }

    /** A SYN, FIN or RST. */
    record Event(Direction direction, long timestampNanos, ConnectionEvent event) implements StreamPiece {
        @Override
        public void feed(Dissector dissector) {
            dissector.connectionEvent(direction, timestampNanos, event);
        }
    }
}
