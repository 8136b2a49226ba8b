package wsinspector.ui.timeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.ConnectionEventMessage;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.GapMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.dissect.Summaries;
import wsinspector.legacy.LegacyFrame;
import wsinspector.protocol.CloseBody;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.Opcode;
import wsinspector.ui.I18n;

/**
 * The one-line label of a timeline arrow, in the window's language: {@code GET /chat},
 * {@code 101 Switching Protocols}, {@code Text "Hello" (masked)}, {@code Ping}, {@code Close 1000},
 * {@code 0x00 "Hello" 0xFF}. Words come from the bundles; what was on the wire (request line,
 * status, text) is shown as it was sent.
 */
public final class ArrowLabels {
    /** Quoted text is cut here: the arrow must stay one line on a projector. */
    static final int QUOTE_LIMIT = 24;
    /** The same in a label's shortest words (see {@link #compact}). */
    static final int COMPACT_QUOTE_LIMIT = 12;

    private ArrowLabels() {
    }

    public static String label(Message message, I18n i18n) {
        return label(message, i18n, false);
    }

    /**
     * The label in its shortest words, for a row too narrow for it even in smaller type: a frame's "(FIN 0, more
     * follows)" as "(FIN 0)", so the ping's "(masked)" and its FIN still show beside a lesson's text (S5) rather than
     * «…(FIN 0, продолж…», and «(замаскирован)» as «(маск.)» (a continuation frame's label beside projector mode's
     * lesson at 1280×800 was cut «Продолжение 5 Б (замаскирован) (F…»), and a quoted text at its first
     * {@value #COMPACT_QUOTE_LIMIT} characters («Продолжение "Hello, fragments" (ма…» there). The same as
     * {@link #label} for every other message.
     */
    public static String compact(Message message, I18n i18n) {
        return label(message, i18n, true);
    }

    private static String label(Message message, I18n i18n, boolean compact) {
        if (message instanceof HandshakeMessage h) {
            return handshake(h, i18n);
        }
        if (message instanceof FrameMessage f) {
            return frame(f, i18n, compact);
        }
        if (message instanceof LegacyFrameMessage l) {
            return legacy(l.frame(), i18n);
        }
        if (message instanceof ConnectionEventMessage e) {
            return i18n.t("event." + e.event().code());   // "SYN: the client opens the TCP connection"
        }
        if (message instanceof GapMessage g) {
            return i18n.t("arrow.gap", g.missingBytes());
        }
        return i18n.t("arrow.undecoded", message.length());
    }

    private static String handshake(HandshakeMessage h, I18n i18n) {
        if (h.head() == null || h.head().startLine().isBlank()) {
            return i18n.t(h.request() ? "arrow.request" : "arrow.response");
        }
        String line = h.head().startLine().strip();
        if (h.request()) {
            return line.replaceFirst("\\s+HTTP/\\S+$", "");
        }
        return line.replaceFirst("^HTTP/\\S+\\s+", "");
    }

    private static String frame(FrameMessage message, I18n i18n, boolean compact) {
        DecodedFrame frame = message.frame();
        FrameHeader h = frame.header();
        if (h == null) {
            return i18n.t("arrow.headerCut", message.length());
        }
        List<String> parts = new ArrayList<>();
        parts.add(opcodeName(h.opcode(), i18n));
        String detail = detail(message, h, i18n, compact ? COMPACT_QUOTE_LIMIT : QUOTE_LIMIT);
        if (!detail.isEmpty()) {
            parts.add(detail);
        }
        if (h.masked()) {
            parts.add(i18n.t(compact ? "arrow.masked.short" : "arrow.masked"));
        }
        if (!h.fin()) {
            parts.add(i18n.t(compact ? "arrow.notFinal.short" : "arrow.notFinal"));
        }
        if (h.rsv1()) {
            parts.add(i18n.t("arrow.compressed"));
        }
        if (frame.truncated()) {
            parts.add(i18n.t("arrow.truncated"));
        }
        return String.join(" ", parts);
    }

    private static String opcodeName(int opcode, I18n i18n) {
        return Opcode.of(opcode).isPresent()
                ? i18n.t("opcode." + opcode)
                : i18n.t("arrow.reservedOpcode", String.format("0x%X", opcode));
    }

    /** What follows the opcode's name: the text, the close code, or the size. */
    private static String detail(FrameMessage message, FrameHeader h, I18n i18n, int quote) {
        byte[] payload = message.frame().unmaskedPayload();
        if (h.opcode() == Opcode.CLOSE.code()) {
            if (payload.length < 2) {
                return "";
            }
            String code = Integer.toString(CloseBody.of(payload).code());
            String reason = printable(payload, 2);
            return reason == null || reason.isEmpty() ? code : code + " " + Summaries.shown(reason, quote);
        }
        if (Opcode.isControl(h.opcode())) {
            String text = printable(payload, 0);
            return payload.length == 0 ? "" : text != null ? Summaries.shown(text, quote) : i18n.t("arrow.bytes", payload.length);
        }
        if (message.completed() != null && message.completed().text() != null) {
            return Summaries.shown(message.completed().text(), quote);
        }
        if (h.opcode() == Opcode.TEXT.code() && !h.rsv1()) {
            // the first part of a fragmented text: show what it says so far
            return Summaries.shown(new String(payload, StandardCharsets.UTF_8), quote);
        }
        return i18n.t("arrow.bytes", Long.toUnsignedString(h.payloadLength()));
    }

    /** The bytes from {@code from} as text when they are printable ASCII (a ping's "are you there?"), else null. */
    private static String printable(byte[] payload, int from) {
        for (int i = from; i < payload.length; i++) {
            if (payload[i] < 0x20 || payload[i] > 0x7e) {
                return null;
            }
        }
        return new String(payload, from, payload.length - from, StandardCharsets.US_ASCII);
    }

    private static String legacy(LegacyFrame f, I18n i18n) {
        String type = String.format("0x%02X", f.frameType());
        return switch (f.kind()) {
            case TEXT_SENTINEL -> {
                String text = f.text() != null ? Summaries.shown(f.text(), QUOTE_LIMIT) : i18n.t("arrow.bytes", f.payloadLength());
                yield type + " " + text + (f.terminated() ? " 0xFF" : " " + i18n.t("arrow.truncated"));
            }
            case LENGTH_PREFIXED -> type + " " + i18n.t("arrow.bytes", f.payloadLength())
                    + (f.truncated() ? " " + i18n.t("arrow.truncated") : "");
            case CLOSE -> "0xFF 0x00 " + i18n.t("opcode.8");
        };
    }
}
