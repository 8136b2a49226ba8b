package wsinspector.dissect;

import java.util.List;

import wsinspector.legacy.LegacyFrame;
import wsinspector.protocol.Problem;

/** The field tree of one hixie-75/76 frame: type byte, length groups or 0xFF sentinel, payload. */
final class LegacyFields {
    private LegacyFields() {
    }

    static Field build(LegacyFrame f, long at, List<Problem> problems) {
        FieldBuilder root = new FieldBuilder("legacy.frame", at, f.wire().length);
        root.child("legacy.type", at, 1).value(String.format("0x%02X", f.frameType()))
                .meaning(switch (f.kind()) {
                    case TEXT_SENTINEL -> f.frameType() == 0 ? "legacy.type.text" : "legacy.type.sentinelOther";
                    case LENGTH_PREFIXED -> "legacy.type.binary";
                    case CLOSE -> "legacy.type.close";
                });
        if (f.lengthFieldSize() > 0) {
            root.child("legacy.length", at + f.lengthFieldOffset(), f.lengthFieldSize())
                    .value(Long.toString(f.declaredLength()));
        }
        if (f.payloadLength() > 0) {
            FieldBuilder payload = root.child("legacy.payload", at + f.payloadOffset(), f.payloadLength())
                    .value(Hex.preview(f.wire(), f.payloadOffset(), f.payloadLength()));
            String text = f.text();
            if (text != null) {
                payload.child("legacy.text", at + f.payloadOffset(), 0).value(Summaries.quote(text, 2000));
            }
        }
        int afterPayload = f.payloadOffset() + f.payloadLength();
        if (f.kind() == LegacyFrame.Kind.TEXT_SENTINEL && !f.truncated() && afterPayload < f.wire().length) {
            root.child("legacy.terminator", at + afterPayload, 1).value("0xFF");
        }
        if (f.kind() == LegacyFrame.Kind.CLOSE && f.wire().length > 1) {
            root.child("legacy.closeZero", at + 1, 1).value("0x00");
        }
        return root.attach(problems).build();
    }
}
