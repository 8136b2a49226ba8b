package wsinspector.cli;

import java.io.PrintWriter;

import wsinspector.capture.DumpFormat;
import wsinspector.dissect.Field;
import wsinspector.dissect.Hex;
import wsinspector.dissect.Message;
import wsinspector.dissect.Summaries;
import wsinspector.explain.Explanations;
import wsinspector.protocol.Problem;

/**
 * The readable listing of {@code decode}: one block per message, its fields indented as a tree in
 * the manner of Wireshark (header bits drawn as {@code .... 0001}), each field with its offset, its
 * bytes and a plain-language explanation; problems marked with {@code !}.
 */
final class TextListing implements Listing {
    private static final int BYTES_SHOWN = 16;

    private final Explanations words;
    private final PrintWriter out;
    private long count;

    TextListing(Explanations words, PrintWriter out) {
        this.words = words;
        this.out = out;
    }

    @Override
    public void begin(String fileName, DumpFormat format) {
        String name = words.find("cli.format." + format.name());
        out.printf("# %s: %s%n", fileName, name != null ? name : format.toolName());
    }

    /** Prints a message's tree, built here and dropped after: the listing holds one tree at a time. */
    @Override
    public void message(Message m) {
        count++;
        Field root = m.root();
        out.println();
        out.printf("%s %s @%d, %d %s: %s%n", m.direction().code(), words.text("cli.kind." + m.kind().code()),
                m.offset(), m.length(), words.text("cli.bytes." + wsinspector.explain.Plural.category(
                        "ru".equals(words.locale().getLanguage()), m.length())), words.phrase(Summaries.of(m)));
        for (Field child : root.children()) {
            field(m, child, 1);
        }
        root.problems().forEach(p -> problem(p, 1));
    }

    @Override
    public void end() {
        out.println();
        out.printf("# %s%n", words.text("cli.messages", Long.toString(count)));
        out.flush();
    }

    private void field(Message m, Field f, int depth) {
        String indent = "  ".repeat(depth);
        StringBuilder line = new StringBuilder(indent);
        // A value derived from nothing on the wire (a step of a computation) has no offset to show.
        line.append(f.length() > 0 ? String.format("%06x  ", f.offset()) : "        ");
        if (f.isBits()) {
            line.append(bitPicture(m.byteAt(f.offset()), f.bitOffset(), f.bitLength())).append(" = ");
        }
        line.append(words.name(f));
        if (!f.value().isEmpty()) {
            line.append(": ").append(f.value());
        }
        String meaning = words.meaning(f);
        if (meaning != null) {
            line.append(" (").append(meaning).append(')');
        }
        if (!f.isBits() && f.length() > 0 && f.children().isEmpty()) {
            int shown = Math.min(f.length(), BYTES_SHOWN);
            String bytes = Hex.of(m.wire(), (int) (f.offset() - m.offset()), shown);
            if (!f.value().startsWith(bytes)) {
                line.append("   [").append(bytes).append(f.length() > shown ? " …]" : "]");
            }
        }
        out.println(line);
        String explanation = words.explain(f);
        if (explanation != null && !explanation.isEmpty()) {
            out.println(indent + "        " + explanation);
        }
        f.problems().forEach(p -> problem(p, depth + 1));
        for (Field child : f.children()) {
            field(m, child, depth + 1);
        }
    }

    /** An error is marked {@code !}; a warning or a remark {@code ~} and named as such, so it is not read as a fault. */
    private void problem(Problem p, int depth) {
        String verdict = p.severity().isRemark() ? "~ " + words.weighed(p) : "! " + words.verdict(p);
        out.println("  ".repeat(depth) + verdict
                + (p.offset() >= 0 ? " [" + words.text("cli.atByte") + " " + p.offset() + "]" : ""));
    }

    /** Wireshark's picture of some bits of a byte: {@code .... 0001}. */
    static String bitPicture(int value, int firstBit, int count) {
        StringBuilder sb = new StringBuilder(9);
        for (int bit = 0; bit < 8; bit++) {
            if (bit == 4) {
                sb.append(' ');
            }
            boolean inside = bit >= firstBit && bit < firstBit + count;
            sb.append(inside ? (char) ('0' + ((value >> (7 - bit)) & 1)) : '.');
        }
        return sb.toString();
    }
}
