package wsinspector.dissect;

import java.util.Arrays;
import java.util.List;

import wsinspector.protocol.CloseBody;
import wsinspector.protocol.CloseCode;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.Masking;
import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Problem;

/**
 * The field tree of one RFC 6455 frame (RFC 6455 §5.2): every header field with its exact bits,
 * the extended length, the masking key, the payload, the close code and reason, and the message
 * the frame completed.
 */
final class FrameFields {
    private FrameFields() {
    }

    static Field build(DecodedFrame frame, long at, AssembledMessage completed, List<Problem> problems) {
        FrameHeader h = frame.header();
        FieldBuilder root = new FieldBuilder("frame", at, frame.wireLength());
        if (h != null) {
            header(root, h, at);
            payload(root, frame, at);
        }
        if (completed != null) {
            message(root, completed, at);
        }
        return root.attach(problems).build();
    }

    private static void header(FieldBuilder root, FrameHeader h, long at) {
        FieldBuilder header = root.child("frame.header", at, h.headerLength());
        header.child("frame.fin", at, 1).bits(0, 1).value(bit(h.fin())).meaning(h.fin() ? "frame.fin.1" : "frame.fin.0");
        header.child("frame.rsv1", at, 1).bits(1, 1).value(bit(h.rsv1()));
        header.child("frame.rsv2", at, 1).bits(2, 1).value(bit(h.rsv2()));
        header.child("frame.rsv3", at, 1).bits(3, 1).value(bit(h.rsv3()));
        header.child("frame.opcode", at, 1).bits(4, 4).value("0x" + Integer.toHexString(h.opcode()).toUpperCase(java.util.Locale.ROOT)).meaning(opcodeMeaning(h.opcode()));
        header.child("frame.mask", at + 1, 1).bits(0, 1).value(bit(h.masked())).meaning(h.masked() ? "frame.mask.1" : "frame.mask.0");
        header.child("frame.length7", at + 1, 1).bits(1, 7).value(Integer.toString(h.lengthCode()))
                .meaning(h.lengthCode() == 126 ? "frame.length7.126" : h.lengthCode() == 127 ? "frame.length7.127" : null);
        int ext = h.extendedLengthSize();
        if (ext > 0) {
            header.child(ext == 2 ? "frame.length16" : "frame.length64", at + 2, ext).value(Long.toUnsignedString(h.payloadLength()));
        }
        if (h.masked()) {
            header.child("frame.maskingKey", at + h.maskingKeyOffset(), 4).value(Hex.of(h.maskingKey()));
        }
    }

    private static void payload(FieldBuilder root, DecodedFrame frame, long at) {
        FrameHeader h = frame.header();
        int start = frame.payloadOffsetInWire();
        // The frame holds its payload unmasked; the masked bytes are made again only as far as the preview shows,
        // so a 64 KiB frame's wire bytes are not made for the sake of 64 bytes.
        byte[] plain = frame.unmaskedPayload();
        int present = plain.length;
        if (present <= 0 && h.payloadLength() == 0) {
            return;
        }
        FieldBuilder payload = root.child("frame.payload", at + start, present).value(Hex.preview(plain));
        if (h.masked()) {
            byte[] masked = Arrays.copyOf(plain, Math.min(present, Hex.PREVIEW_BYTES + 1));
            Masking.toggle(masked, 0, masked.length, h.maskingKey(), 0);
            payload.child("frame.payload.masked", at + start, present).value(Hex.preview(masked, 0, present));
            payload.child("frame.payload.unmasked", at + start, present).value(Hex.preview(plain));
        }
        if (h.opcode() == Opcode.CLOSE.code()) {
            close(payload, plain, at + start);
        }
    }

    private static void close(FieldBuilder payload, byte[] plain, long at) {
        if (!CloseBody.hasCode(plain)) {
            return;
        }
        CloseBody body = CloseBody.of(plain);
        payload.child("close.code", at, 2).value(Integer.toString(body.code())).meaning(closeMeaning(body.code()));
        if (plain.length > 2) {
            payload.child("close.reason", at + 2, plain.length - 2).value(body.reason());
        }
    }

    private static void message(FieldBuilder root, AssembledMessage m, long at) {
        String key = m.compressed() ? "message.inflated" : "message.reassembled";
        FieldBuilder msg = root.child(key, at, 0)
                .value(m.text() != null ? Summaries.quote(m.text(), 2000) : Hex.preview(m.payload()));
        msg.child("message.length", at, 0).value(Integer.toString(m.payload().length));
        msg.child("message.frames", at, 0).value(Integer.toString(m.frameCount()));
    }

    static String opcodeMeaning(int opcode) {
        return Opcode.of(opcode).map(o -> "opcode." + o.code()).orElse("opcode.reserved");
    }

    static String closeMeaning(int code) {
        return CloseCode.of(code).map(c -> "close." + c.code()).orElse("close.range." + CloseCode.range(code));
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }
}
