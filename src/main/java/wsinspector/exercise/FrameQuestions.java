package wsinspector.exercise;

import java.util.Optional;

import wsinspector.protocol.CloseCode;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.Masking;

/** The questions one RFC 6455 frame can answer, each with its place in the bytes and its reasoning. */
final class FrameQuestions {
    private final byte[] bytes;
    private final FrameHeader h;
    private final byte[] plain;

    private FrameQuestions(byte[] bytes, FrameHeader h) {
        this.bytes = bytes;
        this.h = h;
        int start = h.headerLength();
        this.plain = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        if (h.masked()) {
            Masking.toggle(plain, 0, plain.length, h.maskingKey(), 0);
        }
    }

    static Optional<FrameQuestions> parse(byte[] bytes) {
        return FrameHeader.parse(bytes, 0, bytes.length)
                .filter(h -> ExerciseMaker.wholeFrame(bytes, h))
                .map(h -> new FrameQuestions(bytes, h));
    }

    Optional<Question> question(Blank blank, int index) {
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes[1] & 0xFF;
        return switch (blank) {
            case FIN -> Optional.of(new Question(blank, 0, 1, 0, 1, -1, h.fin() ? "1" : "0",
                    Reasoning.of(h.fin() ? "why.fin.1" : "why.fin.0", Bits.hex(b0), Bits.bits(b0))));
            case OPCODE -> Optional.of(new Question(blank, 0, 1, 4, 4, -1, Integer.toString(h.opcode()),
                    Reasoning.of("why.opcode", Bits.hex(b0), Bits.bits(b0), Bits.lowBits(b0, 4),
                            Bits.hex(h.opcode()), new Reasoning.Term(opcodeTerm(h.opcode())))));
            case MASK -> Optional.of(new Question(blank, 1, 1, 0, 1, -1, h.masked() ? "1" : "0",
                    Reasoning.of(h.masked() ? "why.mask.1" : "why.mask.0", Bits.hex(b1), Bits.bits(b1))));
            case PAYLOAD_LENGTH -> Optional.of(length(b1));
            case MASKING_KEY -> h.masked() ? Optional.of(maskingKey()) : Optional.empty();
            case PAYLOAD_BYTE -> index >= 0 && index < plain.length ? Optional.of(payloadByte(index)) : Optional.empty();
            case CLOSE_CODE -> h.opcode() == 0x8 && plain.length >= 2 ? Optional.of(closeCode()) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Question length(int b1) {
        int code = h.lengthCode();
        String answer = Long.toUnsignedString(h.payloadLength());
        if (code <= FrameHeader.PAYLOAD_SHORT_MAX) {
            return new Question(Blank.PAYLOAD_LENGTH, 1, 1, 1, 7, -1, answer,
                    Reasoning.of("why.length.short", Bits.hex(b1), Bits.bits(b1), Bits.lowBits(b1, 7), code));
        }
        int ext = h.extendedLengthSize();
        return new Question(Blank.PAYLOAD_LENGTH, 1, 1 + ext, -1, -1, -1, answer,
                Reasoning.of(ext == 2 ? "why.length.16" : "why.length.64", Bits.hex(b1), Bits.bits(b1),
                        Bits.lowBits(b1, 7), code, Bits.hexBytes(bytes, 2, ext), answer));
    }

    private Question maskingKey() {
        int at = h.maskingKeyOffset();
        String key = Bits.hexBytes(bytes, at, 4);
        return new Question(Blank.MASKING_KEY, at, 4, -1, -1, -1, key,
                Reasoning.of("why.maskingKey", at, at + 3, key));
    }

    private Question payloadByte(int index) {
        int at = h.headerLength() + index;
        int wire = bytes[at] & 0xFF;
        int value = plain[index] & 0xFF;
        String answer = String.format(java.util.Locale.ROOT, "%02X", value);
        if (!h.masked()) {
            return new Question(Blank.PAYLOAD_BYTE, at, 1, -1, -1, index, answer,
                    Reasoning.of("why.payloadByte.plain", index, at, Bits.hex(value), Bits.character(value)));
        }
        int keyByte = h.maskingKey()[index % 4] & 0xFF;
        return new Question(Blank.PAYLOAD_BYTE, at, 1, -1, -1, index, answer,
                Reasoning.of("why.payloadByte.masked", index, at, Bits.hex(wire), index % 4, Bits.hex(keyByte),
                        Bits.bits(wire), Bits.bits(keyByte), Bits.bits(value), Bits.hex(value), Bits.character(value)));
    }

    private Question closeCode() {
        int code = (plain[0] & 0xFF) << 8 | plain[1] & 0xFF;
        String meaning = CloseCode.of(code).map(c -> "close." + c.code()).orElse("close.range." + CloseCode.range(code));
        return new Question(Blank.CLOSE_CODE, h.headerLength(), 2, -1, -1, -1, Integer.toString(code),
                Reasoning.of(h.masked() ? "why.closeCode.masked" : "why.closeCode.plain", Bits.hex(plain[0]),
                        Bits.hex(plain[1]), plain[0] & 0xFF, plain[1] & 0xFF, Integer.toString(code),
                        new Reasoning.Term(meaning)));
    }

    private static String opcodeTerm(int opcode) {
        return switch (opcode) {
            case 0, 1, 2, 8, 9, 10 -> "opcode." + opcode;
            default -> "opcode.reserved";
        };
    }
}
