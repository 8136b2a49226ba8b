package wsinspector.dissect;

import java.util.ArrayList;
import java.util.List;

import wsinspector.protocol.Problem;

/**
 * Mutable scaffolding for one {@link Field} while a message is being dissected; {@link #build()}
 * freezes it. Problems are attached last, each to the deepest field holding its byte.
 */
final class FieldBuilder {
    private final String key;
    private String name;
    private final long offset;
    private final int length;
    private int bitOffset = -1;
    private int bitLength = -1;
    private String value = "";
    private String meaningKey;
    private final List<FieldBuilder> children = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    FieldBuilder(String key, long offset, int length) {
        this.key = key;
        this.offset = offset;
        this.length = Math.max(0, length);
    }

    FieldBuilder name(String literalName) {
        this.name = literalName;
        return this;
    }

    FieldBuilder bits(int firstBit, int count) {
        this.bitOffset = firstBit;
        this.bitLength = count;
        return this;
    }

    FieldBuilder value(String shown) {
        this.value = shown;
        return this;
    }

    FieldBuilder meaning(String bundleKey) {
        this.meaningKey = bundleKey;
        return this;
    }

    FieldBuilder child(String childKey, long childOffset, int childLength) {
        FieldBuilder child = new FieldBuilder(childKey, childOffset, childLength);
        children.add(child);
        return child;
    }

    FieldBuilder add(FieldBuilder child) {
        children.add(child);
        return this;
    }

    long offset() {
        return offset;
    }

    /**
     * Attaches each problem to the field it concerns ({@link Problem#field()}) when that field holds the problem's
     * byte (several bit fields share a byte: a reserved opcode belongs to the opcode, not to FIN) or the problem is
     * tied to no byte; else to the deepest field containing its offset; else to this one. As in Kaitai's one tree
     * shape, a broken rule is a property of the node it concerns.
     */
    FieldBuilder attach(List<Problem> found) {
        for (Problem p : found) {
            FieldBuilder named = p.field() == null ? null : findHolding(p.field(), p.offset());
            (named != null ? named : deepestAt(p.offset())).problems.add(p);
        }
        return this;
    }

    private FieldBuilder findHolding(String wanted, long at) {
        if (key.equals(wanted) && (at < 0 || (at >= offset && at < offset + Math.max(1, length)))) {
            return this;
        }
        for (FieldBuilder child : children) {
            FieldBuilder hit = child.findHolding(wanted, at);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private FieldBuilder deepestAt(long at) {
        for (FieldBuilder child : children) {
            if (child.length > 0 && at >= child.offset && at < child.offset + child.length) {
                return child.deepestAt(at);
            }
        }
        return this;
    }

    Field build() {
        List<Field> built = new ArrayList<>(children.size());
        for (FieldBuilder child : children) {
            built.add(child.build());
        }
        return new Field(key, name, offset, length, bitOffset, bitLength, value, meaningKey, built, problems);
    }
}
