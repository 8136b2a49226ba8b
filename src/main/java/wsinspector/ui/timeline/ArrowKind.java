package wsinspector.ui.timeline;

import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.Message;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.Opcode;

/** What an arrow of the timeline stands for; each kind has its own colour in app.css. */
public enum ArrowKind {
    HANDSHAKE, DATA, CONTROL, CLOSE, LEGACY, UNDECODED;

    /** The CSS class of an arrow of this kind ({@code arrow-handshake}, …). */
    public String styleClass() {
        return "arrow-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ArrowKind of(Message message) {
        return switch (message.kind()) {
            case HANDSHAKE_REQUEST, HANDSHAKE_RESPONSE -> HANDSHAKE;
            case LEGACY_FRAME -> LEGACY;
            case UNDECODED, GAP -> UNDECODED;
            case CONNECTION -> CONTROL;
            case FRAME -> ofFrame(((FrameMessage) message).header());
        };
    }

    private static ArrowKind ofFrame(FrameHeader header) {
        if (header == null) {
            return UNDECODED;
        }
        if (header.opcode() == Opcode.CLOSE.code()) {
            return CLOSE;
        }
        return Opcode.isControl(header.opcode()) ? CONTROL : DATA;
    }
}
