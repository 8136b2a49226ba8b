package wsinspector.export;

import java.util.IdentityHashMap;
import java.util.Map;

import wsinspector.dissect.Field;
import wsinspector.dissect.Message;

/**
 * The colour of each field of a message, as the window's hex view gives them: every field that is the
 * deepest at some byte, and every header bit field, gets the next colour in wire order. Bytes made of bit
 * fields (the first two of a frame) have no single field, so the hex shows them neutral and the bit diagram
 * colours their bits.
 */
final class FieldColours {
    private final Map<Field, Integer> index = new IdentityHashMap<>();
    private final Message message;

    private FieldColours(Message message) {
        this.message = message;
    }

    static FieldColours of(Message m) {
        FieldColours c = new FieldColours(m);
        Field root = m.root();
        int next = 0;
        for (Field f : root.flatten()) {
            if (f != root && f.length() > 0 && (f.isBits() || isDeepestSomewhere(root, f))) {
                c.index.put(f, next++);
            }
        }
        return c;
    }

    private static boolean isDeepestSomewhere(Field root, Field f) {
        for (long at = f.offset(); at < f.end(); at++) {
            if (root.deepestAt(at).orElse(null) == f) {
                return true;
            }
        }
        return false;
    }

    /** The field's dark colour, or null when it has none (a parent, a value computed from others). */
    Ink dark(Field f) {
        Integer i = index.get(f);
        return i == null ? null : Ink.field(i);
    }

    Ink pale(Field f) {
        Integer i = index.get(f);
        return i == null ? null : Ink.fieldBackground(i);
    }

    /** The field whose colour byte {@code i} of the message shows, or null for a neutral byte. */
    Field fieldOfByte(int i) {
        Field f = message.root().deepestAt(message.offset() + i).orElse(null);
        return f == null || f.isBits() || !index.containsKey(f) ? null : f;
    }
}
