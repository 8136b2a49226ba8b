package wsinspector.capture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import wsinspector.dissect.Direction;
import wsinspector.dissect.FrameCounter;
import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * What one conversation carried, counted as its messages stream by ({@code decode --summary} and
 * {@code --list}): messages by kind and direction, bytes by direction, problems by rule, the first and last
 * timestamp. Holds counts only, never a message. Takes messages, and the plain frames a counting
 * {@link wsinspector.dissect.Dissector} counts without making messages of them.
 */
public final class ConversationTally implements Consumer<Message>, FrameCounter {
    private static final Message.Kind[] KINDS = Message.Kind.values();
    private static final int DIRECTIONS = Direction.values().length;

    /** Messages by kind and direction: index {@code kind.ordinal() * DIRECTIONS + direction.ordinal()}. */
    private final long[] messages = new long[KINDS.length * DIRECTIONS];
    private final long[] bytes = new long[DIRECTIONS];
    private final Map<Rule, Long> problems = new LinkedHashMap<>();
    private long messageCount;
    private long firstNanos;
    private long lastNanos;

    @Override
    public void accept(Message m) {
        count(m.kind(), m.direction(), m.length(), m.timestampNanos());
        for (Problem p : m.problems()) {
            problems.merge(p.rule(), 1L, Long::sum);
        }
    }

    @Override
    public void plainFrame(Direction direction, long framingStart, long offset, byte[] bytes, int from, int length,
                           long timestampNanos) {
        count(Message.Kind.FRAME, direction, length, timestampNanos);
    }

    private void count(Message.Kind kind, Direction direction, long length, long t) {
        int dir = direction.ordinal();
        messages[kind.ordinal() * DIRECTIONS + dir]++;
        bytes[dir] += length;
        messageCount++;
        if (t != 0) {
            if (firstNanos == 0 || t < firstNanos) {
                firstNanos = t;
            }
            lastNanos = Math.max(lastNanos, t);
        }
    }

    public long messageCount() {
        return messageCount;
    }

    /** The messages of the WebSocket conversation: handshakes and frames, not gaps nor SYN/FIN/RST. */
    public long webSocketMessages() {
        return messageCount - messages(Message.Kind.GAP) - messages(Message.Kind.CONNECTION);
    }

    /** Messages of a kind in a direction; 0 when there were none. */
    public long messages(Message.Kind kind, Direction direction) {
        return messages[kind.ordinal() * DIRECTIONS + direction.ordinal()];
    }

    private long messages(Message.Kind kind) {
        long sum = 0;
        for (Direction d : Direction.values()) {
            sum += messages(kind, d);
        }
        return sum;
    }

    /** The kinds seen, in the order of {@link Message.Kind}. */
    public List<Message.Kind> kinds() {
        List<Message.Kind> seen = new ArrayList<>();
        for (Message.Kind kind : KINDS) {
            if (messages(kind) > 0) {
                seen.add(kind);
            }
        }
        return seen;
    }

    /** The bytes of the messages of a direction. */
    public long bytes(Direction direction) {
        return bytes[direction.ordinal()];
    }

    public long bytes() {
        long sum = 0;
        for (long b : bytes) {
            sum += b;
        }
        return sum;
    }

    /** Each broken rule with how many times it was broken, in the order first seen. */
    public Map<Rule, Long> problems() {
        return problems;
    }

    /** Whether any message had a timestamp (dumps have none). */
    public boolean timed() {
        return firstNanos != 0;
    }

    public long firstNanos() {
        return firstNanos;
    }

    public long lastNanos() {
        return lastNanos;
    }
}
