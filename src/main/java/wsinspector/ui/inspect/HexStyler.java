package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import wsinspector.dissect.Field;
import wsinspector.protocol.Problem;
import wsinspector.ui.SeverityLook;

/**
 * The hex view as a pure projection of the field tree (the Kaitai / ImHex idea): every run of bytes
 * whose deepest field is the same is a segment with its own colour class, adjacent segments in
 * alternating colours; bytes of fields with a problem carry the problem class and the class of the heaviest weight
 * broken there ({@link SeverityLook}: a remark's bytes are not an error's red); the selected field's bytes carry the
 * selection class, in the hex and in the ASCII column. Colours live in CSS only.
 */
public final class HexStyler {
    public static final String OFFSET = "hex-offset";
    public static final String SELECTED = "hex-selected";
    public static final String PROBLEM = "hex-problem";
    /** Bytes only the message itself holds (the line ends between header lines): no field colour. */
    public static final String PLAIN = "hex-plain";
    /** Field colours cycle through {@code hex-c0} … {@code hex-c3}. */
    public static final int COLOURS = 4;

    private final HexLayout layout;
    private final Field root;
    private final long base;
    private final Field[] deepest;
    private final String[] colour;
    /** The heaviest weight of a problem at each byte, null where none is. */
    private final SeverityLook[] problem;
    private final Map<Field, String> colourOfField = new IdentityHashMap<>();

    /**
     * @param layout where the bytes stand in the text
     * @param root   the message's field tree
     * @param base   the stream offset of the message's first byte (byte 0 of the layout)
     */
    public HexStyler(HexLayout layout, Field root, long base) {
        this.layout = layout;
        this.root = root;
        this.base = base;
        int n = layout.length();
        deepest = new Field[n];
        colour = new String[n];
        problem = new SeverityLook[n];
        segment();
        markProblems();
    }

    private void segment() {
        int segments = 0;
        Field previous = null;
        String current = PLAIN;
        for (int i = 0; i < deepest.length; i++) {
            Field f = root.deepestAt(base + i).orElse(root);
            deepest[i] = f;
            if (f != previous) {
                boolean plain = f == root && !root.children().isEmpty();
                if (plain) {
                    current = PLAIN;
                } else {
                    current = "hex-c" + (segments++ % COLOURS);
                    colourOfField.putIfAbsent(f, current);
                }
                previous = f;
            }
            colour[i] = current;
        }
    }

    private void markProblems() {
        for (Field f : root.flatten()) {
            for (Problem p : f.problems()) {
                if (f == root || f.length() == 0) {
                    mark(p.offset(), p.offset() + 1, SeverityLook.of(p));
                } else {
                    mark(f.offset(), f.end(), SeverityLook.of(p));
                }
            }
        }
    }

    private void mark(long from, long to, SeverityLook look) {
        for (long at = Math.max(from, base); at < to && at - base < problem.length; at++) {
            SeverityLook there = problem[(int) (at - base)];
            if (there == null || look.ordinal() < there.ordinal()) { // the enum lists the heaviest first
                problem[(int) (at - base)] = look;
            }
        }
    }

    /**
     * The colour class of a field's bytes ({@code hex-c2}); a bit field shares the colour of its byte;
     * empty for a field without bytes of its own.
     */
    public Optional<String> colourOf(Field field) {
        String own = colourOfField.get(field);
        if (own == null && field.isBits() && field.offset() >= base && field.offset() - base < colour.length) {
            own = colour[(int) (field.offset() - base)];
        }
        return Optional.ofNullable(own);
    }

    /** The deepest field at a byte of the layout (0-based within the message). */
    public Field fieldAt(int index) {
        return deepest[index];
    }

    /** The CSS classes of one byte, given the selected field (or null). */
    public List<String> classesOf(int index, Field selected) {
        long[] range = highlightRange(selected);
        return classes(index, range);
    }

    private List<String> classes(int index, long[] selectedRange) {
        List<String> out = new ArrayList<>(4);
        out.add(colour[index]);
        if (problem[index] != null) {
            out.add(PROBLEM);
            out.add(problem[index].styleClass());
        }
        long at = base + index;
        if (at >= selectedRange[0] && at < selectedRange[1]) {
            out.add(SELECTED);
        }
        return List.copyOf(out);
    }

    /**
     * The bytes to light up for a selected field: its own, or for a value computed from nothing on
     * the wire (an accept-key step) those of the nearest field above it that has bytes.
     */
    long[] highlightRange(Field selected) {
        if (selected == null) {
            return new long[] {0, 0};
        }
        List<Field> path = pathTo(root, selected);
        for (int i = path.size() - 1; i >= 0; i--) {
            Field f = path.get(i);
            if (f.length() > 0) {
                return new long[] {f.offset(), f.end()};
            }
        }
        return new long[] {0, 0};
    }

    /** The fields from the root down to {@code target}, empty when it is not in the tree. */
    public static List<Field> pathTo(Field root, Field target) {
        List<Field> path = new ArrayList<>();
        return find(root, target, path) ? path : List.of();
    }

    private static boolean find(Field at, Field target, List<Field> path) {
        path.add(at);
        if (at == target || at.equals(target)) {
            return true;
        }
        for (Field child : at.children()) {
            if (find(child, target, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    /** The style of every character of the layout's text, as RichTextFX wants it. */
    public StyleSpans<Collection<String>> spans(Field selected) {
        List<Collection<String>> perChar = perCharacter(selected);
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        if (perChar.isEmpty()) {
            b.add(List.of(), 0);
            return b.create();
        }
        Collection<String> run = perChar.get(0);
        int runLength = 0;
        for (Collection<String> c : perChar) {
            if (c.equals(run)) {
                runLength++;
            } else {
                b.add(run, runLength);
                run = c;
                runLength = 1;
            }
        }
        b.add(run, runLength);
        return b.create();
    }

    /** One class list per character of the text (for the spans, and for tests). */
    List<Collection<String>> perCharacter(Field selected) {
        int n = layout.textLength();
        List<Collection<String>> chars = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
        List<String> offset = List.of(OFFSET);
        for (int row = 0; row < layout.rows(); row++) {
            int start = layout.rowStart(row);
            for (int c = 0; c < layout.offsetDigits(); c++) {
                chars.set(start + c, offset);
            }
        }
        long[] range = highlightRange(selected);
        List<String> previous = null;
        for (int i = 0; i < layout.length(); i++) {
            List<String> cls = classes(i, range);
            int hex = layout.hexStart(i);
            chars.set(hex, cls);
            chars.set(hex + 1, cls);
            chars.set(layout.asciiStart(i), cls);
            boolean sameRow = i % layout.bytesPerRow() != 0;
            if (sameRow && cls.equals(previous)) {
                for (int gap = layout.hexStart(i - 1) + 2; gap < hex; gap++) {
                    chars.set(gap, cls); // a field's bytes form one block, spaces included
                }
            }
            previous = cls;
        }
        return chars;
    }
}
