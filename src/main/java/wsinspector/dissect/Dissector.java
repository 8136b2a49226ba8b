package wsinspector.dissect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns chunks of a conversation, in the order they crossed the wire, into messages with their
 * field trees. Streaming and total: any split of the same bytes gives the same messages, and bad
 * bytes become problems or {@link UndecodedBytes}, never exceptions. Not thread-safe: one owner
 * feeds it (the wire tap's consumer thread, or a loader).
 */
public final class Dissector {
    /** Default cap of a reassembled or inflated message (a small frame must not become gigabytes). */
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 16L << 20;

    /**
     * @param unknownDirection the direction given to messages whose direction cannot be told
     *                         (legacy frames of a dump without markers)
     * @param maxMessageBytes  the cap of a reassembled or inflated message
     */
    public record Options(Direction unknownDirection, long maxMessageBytes) {
        public static Options defaults() {
            return new Options(Direction.CLIENT_TO_SERVER, DEFAULT_MAX_MESSAGE_BYTES);
        }
    }

    private final Consumer<Message> sink;
    private final FrameCounter counter;
    private final Options options;
    private final Conversation conversation;
    private final Map<Direction, StreamDissector> directed = new EnumMap<>(Direction.class);
    private StreamDissector undirected;

    public Dissector(Consumer<Message> sink) {
        this(sink, Options.defaults());
    }

    public Dissector(Consumer<Message> sink, Options options) {
        this(sink, null, options);
    }

    /**
     * A dissector that counts the frames that break no rule instead of making messages of them (they go to
     * {@code counter}, every other message to {@code sink}): {@code decode --summary} of a big capture.
     */
    public Dissector(Consumer<Message> sink, FrameCounter counter) {
        this(sink, counter, Options.defaults());
    }

    private Dissector(Consumer<Message> sink, FrameCounter counter, Options options) {
        this.sink = sink;
        this.counter = counter;
        this.options = options;
        this.conversation = new Conversation(options.maxMessageBytes());
    }

    public void accept(Chunk chunk) {
        stream(chunk.direction()).feed(chunk.bytes(), 0, chunk.bytes().length, chunk.timestampNanos());
    }

    /**
     * Bytes of one direction (a TCP connection's reassembled stream), without a chunk around them: the
     * dissector copies what it keeps, so the caller may reuse its buffer.
     */
    public void accept(Direction direction, long timestampNanos, byte[] bytes, int offset, int length) {
        stream(direction).feed(bytes, offset, length, timestampNanos);
    }

    /**
     * {@code length} bytes of a direction that the capture does not hold: the frame they cut is ended,
     * a gap message says how many bytes are missing, and decoding picks up where the stream can be
     * read again (the end of the frame the gap fell into, or the next segment that starts a frame).
     */
    public void gap(Direction direction, long timestampNanos, long length) {
        stream(direction).gap(length, timestampNanos);
    }

    /** A SYN, FIN or RST of the connection, placed in the timeline between the messages around it. */
    public void connectionEvent(Direction direction, long timestampNanos, ConnectionEvent event) {
        StreamDissector s = stream(direction);
        sink.accept(ConnectionEventMessage.of(direction, s.position(), timestampNanos, event));
    }

    /**
     * Declares the conversation to speak the hixie-76 draft before any handshake is seen, so a bare
     * dump starting with a byte both framings allow is read as legacy frames.
     */
    public void markLegacy() {
        conversation.protocol(wsinspector.protocol.HandshakeKind.HIXIE76);
    }

    /** Ends every stream: a frame in progress is reported truncated, pending bytes undecoded. */
    public void finish() {
        directed.values().forEach(StreamDissector::finish);
        if (undirected != null) {
            undirected.finish();
        }
    }

    private StreamDissector stream(Direction direction) {
        if (direction == null) {
            if (undirected == null) {
                undirected = new StreamDissector(null, options.unknownDirection(), conversation, sink, counter);
            }
            return undirected;
        }
        StreamDissector s = directed.get(direction); // not computeIfAbsent: its lambda would be made per segment
        if (s == null) {
            s = new StreamDissector(direction, direction, conversation, sink, counter);
            directed.put(direction, s);
        }
        return s;
    }

    /** What the handshake seen so far negotiated. */
    public Transcript snapshot(List<Message> messages) {
        return new Transcript(messages, conversation.protocol(), conversation.deflate(), conversation.deflateInferred());
    }

    /** Dissects a whole capture at once. */
    public static Transcript dissect(List<Chunk> chunks, Options options) {
        List<Message> messages = new ArrayList<>();
        Dissector dissector = new Dissector(messages::add, options);
        chunks.forEach(dissector::accept);
        dissector.finish();
        return dissector.snapshot(messages);
    }

    public static Transcript dissect(List<Chunk> chunks) {
        return dissect(chunks, Options.defaults());
    }
}
