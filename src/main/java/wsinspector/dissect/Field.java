package wsinspector.dissect;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import wsinspector.protocol.Problem;

/**
 * One decoded value and the exact bytes (and, for header bits, the bits) it came from. The hex
 * view, the field tree, the command line and the JSON output are all projections of this tree.
 *
 * @param key        the explanation key ({@code frame.fin}, {@code header.Sec-WebSocket-Key}); the
 *                   bundles hold {@code <key>.name} and {@code <key>.explain}
 * @param name       a literal name for fields named by the data itself (an HTTP header as written on
 *                   the wire); {@code null} when the bundle's name applies
 * @param offset     stream offset of the first byte
 * @param length     number of bytes (0 for a value derived from nothing on the wire)
 * @param bitOffset  first bit within the first byte, 0 = most significant; -1 for whole bytes
 * @param bitLength  number of bits, -1 for whole bytes
 * @param value      the value as shown, language-neutral ({@code 1}, {@code 0x1}, {@code "Hello"})
 * @param meaningKey bundle key of what the value means ({@code opcode.1}), or {@code null}
 * @param children   sub-fields, in byte order
 * @param problems   rules broken at a byte of this field (and not of a child)
 */
public record Field(String key, String name, long offset, int length, int bitOffset, int bitLength,
                    String value, String meaningKey, List<Field> children, List<Problem> problems) {

    public Field {
        Objects.requireNonNull(key, "key");
        value = value == null ? "" : value;
        children = List.copyOf(children);
        problems = List.copyOf(problems);
    }

    public boolean isBits() {
        return bitOffset >= 0;
    }

    public long end() {
        return offset + length;
    }

    public boolean contains(long streamOffset) {
        return streamOffset >= offset && streamOffset < end();
    }

    /** The deepest field holding the byte, this one if no child does, empty if outside. */
    public Optional<Field> deepestAt(long streamOffset) {
        if (!contains(streamOffset)) {
            return Optional.empty();
        }
        for (Field child : children) {
            Optional<Field> hit = child.deepestAt(streamOffset);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.of(this);
    }

    /** This field and all below it, depth first. */
    public List<Field> flatten() {
        List<Field> out = new java.util.ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Field f, List<Field> out) {
        out.add(f);
        f.children.forEach(c -> collect(c, out));
    }

    /** The first field of the tree with this key, depth first. */
    public Optional<Field> find(String wantedKey) {
        return flatten().stream().filter(f -> f.key.equals(wantedKey)).findFirst();
    }

    /** Every problem of this tree, depth first. */
    public List<Problem> allProblems() {
        return flatten().stream().flatMap(f -> f.problems.stream()).toList();
    }
}
