package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.Field;
import wsinspector.dissect.Message;

/**
 * The first two bytes of an RFC 6455 frame as 16 bits, each tied to the field it belongs to
 * (RFC 6455 §5.2: FIN, RSV1–3, opcode ×4, MASK, payload length ×7), and the bits grouped by field.
 * Pure: the bits view draws it, tests check it.
 */
public final class HeaderBits {
    /**
     * One bit.
     *
     * @param index 0–15, 0 = the most significant bit of the first byte
     * @param value 0 or 1
     * @param field the header field holding it
     */
    public record Bit(int index, int value, Field field) {
    }

    /** Consecutive bits of one field. */
    public record Group(Field field, int first, int count) {
    }

    private final List<Bit> bits;

    private HeaderBits(List<Bit> bits) {
        this.bits = List.copyOf(bits);
    }

    /** The bits of the message's first two bytes that belong to bit fields (none for other messages). */
    public static HeaderBits of(Message m) {
        List<Field> bitFields = m.root().flatten().stream().filter(Field::isBits).toList();
        List<Bit> out = new ArrayList<>();
        for (int i = 0; i < 16 && i / 8 < m.length(); i++) {
            long at = m.offset() + i / 8;
            int bit = i % 8;
            for (Field f : bitFields) {
                if (f.offset() == at && bit >= f.bitOffset() && bit < f.bitOffset() + f.bitLength()) {
                    out.add(new Bit(i, (m.byteAt(at) >> (7 - bit)) & 1, f));
                    break;
                }
            }
        }
        return new HeaderBits(out);
    }

    public List<Bit> bits() {
        return bits;
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    /** The field bit {@code index} belongs to, or null. */
    public Field fieldAt(int index) {
        return bits.stream().filter(b -> b.index() == index).map(Bit::field).findFirst().orElse(null);
    }

    /** The fields in bit order, each with its run of bits. */
    public List<Group> groups() {
        List<Group> out = new ArrayList<>();
        for (Bit b : bits) {
            Group last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.field() == b.field() && last.first() + last.count() == b.index()) {
                out.set(out.size() - 1, new Group(last.field(), last.first(), last.count() + 1));
            } else {
                out.add(new Group(b.field(), b.index(), 1));
            }
        }
        return out;
    }
}
