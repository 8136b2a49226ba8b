package wsinspector.ui.inspect;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import wsinspector.dissect.ConnectionEventMessage;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Field;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.dissect.Summaries;
import wsinspector.dissect.UndecodedBytes;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.Problem;
import wsinspector.ui.I18n;
import wsinspector.ui.SeverityLook;
import wsinspector.ui.Verdicts;

/** Small localized phrases the views share: byte counts with the right plural, directions. */
final class Texts {
    private Texts() {
    }

    /** "1 byte", "11 bytes"; in Russian "1 байт", "2 байта", "11 байт", "21 байт". */
    static String bytes(I18n i18n, long n) {
        if (n < 0) {
            // A 64-bit length with its top bit set (illegal, RFC 6455 §5.2): say the number on the wire, unsigned,
            // not the signed long it is kept in. Its plural goes by its last two digits (+100: never English "one").
            BigInteger unsigned = new BigInteger(Long.toUnsignedString(n));
            return i18n.t("inspect.bytes." + plural(i18n, unsigned.mod(BigInteger.valueOf(100)).longValue() + 100), unsigned);
        }
        return i18n.t("inspect.bytes." + plural(i18n, n), n);
    }

    /**
     * The verdict counted by weight, each with its mark: "⚠ 1 problem  ·  ⚠ 2 warnings  ·  ℹ 1 remark" (only the
     * weights present), or "✔ no problems". In Russian "1 нарушение", "2 предупреждения", "5 замечаний".
     */
    static String counts(I18n i18n, List<Problem> problems) {
        List<String> parts = new ArrayList<>();
        for (SeverityLook look : SeverityLook.values()) {
            long n = problems.stream().filter(p -> SeverityLook.of(p) == look).count();
            if (n > 0) {
                parts.add(look.mark() + " " + i18n.t(COUNT_KEYS.get(look) + plural(i18n, n), n));
            }
        }
        return parts.isEmpty() ? i18n.t("inspect.problems.noneShort") : String.join("  ·  ", parts);
    }

    /** The bundle key of each weight's count, without its plural category. */
    private static final Map<SeverityLook, String> COUNT_KEYS = new EnumMap<>(Map.of(
            SeverityLook.ERROR, "inspect.problems.",
            SeverityLook.WARNING, "inspect.warnings.",
            SeverityLook.REMARK, "inspect.remarks."));

    /**
     * A broken rule as the window shows it: its weight's mark, and for a warning or a remark the weight named, so
     * "no Origin: not a browser" does not read as a fault.
     */
    static String verdict(I18n i18n, Problem p) {
        return Verdicts.marked(i18n, p);
    }

    /** The plural category of a count: one, few or many (English uses one and many only). */
    static String plural(I18n i18n, long n) {
        return wsinspector.explain.Plural.category(i18n.isRussian(), n);
    }

    static String direction(I18n i18n, Direction d) {
        return i18n.t(d == Direction.CLIENT_TO_SERVER ? "inspect.dir.c2s" : "inspect.dir.s2c");
    }

    /**
     * A message in one line in the reader's language, like Wireshark's packet list but localized:
     * {@code Text · FIN · masked · 5 bytes · "Hello"}; a handshake by its start line.
     */
    static String summary(I18n i18n, Message m) {
        List<String> parts = new ArrayList<>();
        if (m instanceof FrameMessage f && f.header() != null) {
            FrameHeader h = f.header();
            m.root().find("frame.opcode").map(i18n.explanations()::meaning).ifPresent(parts::add);
            if (h.fin()) {
                parts.add("FIN");
            }
            if (h.rsv1()) {
                parts.add(i18n.t("inspect.summary.rsv1"));
            }
            if (h.masked()) {
                parts.add(i18n.explanations().text("frame.mask.1"));
            }
            parts.add(bytes(i18n, h.payloadLength()));
            if (f.completed() != null && f.completed().text() != null) {
                parts.add(Summaries.shown(f.completed().text(), QUOTE_LIMIT));
            }
        } else if (m instanceof LegacyFrameMessage l) {
            m.root().find("legacy.type").map(Field::meaningKey).map(i18n.explanations()::text).ifPresent(parts::add);
            parts.add(bytes(i18n, l.frame().payloadLength()));
            if (l.frame().text() != null) {
                parts.add(Summaries.shown(l.frame().text(), QUOTE_LIMIT));
            }
        } else if (m instanceof UndecodedBytes u) {
            parts.add(i18n.explanations().text(u.reasonKey()));
        } else if (m instanceof ConnectionEventMessage e) {
            // The flag's name as TCP spells it (SYN, FIN, RST), not the listing's code "fin"; the explanation says the rest.
            parts.add(e.event().flags());
        } else {
            parts.add(m.root().value());
        }
        return String.join("  ·  ", parts);
    }

    private static final int QUOTE_LIMIT = 40;
}
