package wsinspector.cli;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import wsinspector.dissect.Direction;
import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * What {@code decode --summary} says of one conversation, counted from the index as messages pass:
 * messages by kind and direction, bytes by direction, problems by rule, the first and last timestamp.
 * Holds counts only, never a message.
 */
final class ConversationTally {
    private final Map<Message.Kind, long[]> messages = new EnumMap<>(Message.Kind.class);
    private final long[] bytes = new long[Direction.values().length];
    private final Map<Rule, Long> problems = new LinkedHashMap<>();
    private long messageCount;
    private long firstNanos;
    private long lastNanos;

    void add(Message m) {
        int dir = m.direction().ordinal();
        messages.computeIfAbsent(m.kind(), k -> new long[Direction.values().length])[dir]++;
        bytes[dir] += m.length();
        messageCount++;
        for (Problem p : m.problems()) {
            problems.merge(p.rule(), 1L, Long::sum);
        }
        long t = m.timestampNanos();
        if (t != 0) {
            if (firstNanos == 0 || t < firstNanos) {
                firstNanos = t;
            }
            lastNanos = Math.max(lastNanos, t);
        }
    }

    long messageCount() {
        return messageCount;
    }

    /** Messages of a kind in a direction; 0 when there were none. */
    long messages(Message.Kind kind, Direction direction) {
        long[] counts = messages.get(kind);
        return counts == null ? 0 : counts[direction.ordinal()];
    }

    /** The kinds seen, in the order of {@link Message.Kind}. */
    Iterable<Message.Kind> kinds() {
        return messages.keySet();
    }

    long bytes(Direction direction) {
        return bytes[direction.ordinal()];
    }

    long bytes() {
        long sum = 0;
        for (long b : bytes) {
            sum += b;
        }
        return sum;
    }

    /** Each broken rule with how many times it was broken, in the order first seen. */
    Map<Rule, Long> problems() {
        return problems;
    }

    /** Whether any message had a timestamp (dumps have none). */
    boolean timed() {
        return firstNanos != 0;
    }

    long firstNanos() {
        return firstNanos;
    }

    long lastNanos() {
        return lastNanos;
    }
}
