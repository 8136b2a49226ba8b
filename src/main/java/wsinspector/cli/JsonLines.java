package wsinspector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import wsinspector.capture.DumpFormat;
import wsinspector.dissect.ConnectionEventMessage;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.GapMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Hex;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.dissect.Summaries;
import wsinspector.dissect.UndecodedBytes;
import wsinspector.explain.Explanations;
import wsinspector.protocol.CloseBody;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.HeaderLine;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Problem;

/**
 * One JSON object per message, the contract of {@code decode --json} in DESIGN.md, written straight to
 * the output as each message is dissected; a payload is turned into hex piece by piece, never whole.
 * Sentences (problems, the reason bytes were not decoded) are in the reader's language; {@code "verdicts"}
 * carries each problem as data beside them.
 */
final class JsonLines implements Listing {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** Payloads up to this many bytes are written as hex from {@link #chars}; longer ones are streamed. */
    private static final int HEX_IN_PLACE = 4096;
    private static final String[] OPCODE_NAMES = new String[16];

    static {
        for (int opcode = 0; opcode < OPCODE_NAMES.length; opcode++) {
            OPCODE_NAMES[opcode] = Summaries.opcodeName(opcode);
        }
    }

    private final Explanations words;
    private final PrintWriter out;
    private final JsonGenerator json;
    /** Reused for the time, the masking key and short payloads: a million frames make no strings for them. */
    private final char[] chars = new char[2 * HEX_IN_PLACE];

    JsonLines(Explanations words, PrintWriter out) {
        this.words = words;
        this.out = out;
        try {
            this.json = FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // Flushing the output per line would make a write to the system per message: a million for a big capture.
        json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        json.setRootValueSeparator(null); // one object per line: the line break is the separator
    }

    /** Whether the bytes were rebuilt from recorded messages (a HAR), which every line then says. */
    private boolean reconstructed;

    @Override
    public void begin(String fileName, DumpFormat format) {
        reconstructed = format == DumpFormat.HAR;
    }

    @Override
    public void message(Message m) {
        try {
            write(m);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void end() {
        flush();
    }

    @Override
    public void flush() {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private void write(Message m) throws IOException {
        json.writeStartObject();
        json.writeStringField("dir", m.direction().code());
        json.writeNumberField("offset", m.offset());
        json.writeNumberField("length", m.length());
        json.writeStringField("kind", m.kind().code());
        if (reconstructed) {
            json.writeBooleanField("reconstructed", true);
        }
        if (m.timestampNanos() != 0) {
            json.writeFieldName("time");
            json.writeNumber(chars, 0, EpochSeconds.write(m.timestampNanos(), chars));
        }
        if (m instanceof HandshakeMessage h) {
            handshake(h);
        } else if (m instanceof FrameMessage f) {
            frame(f);
        } else if (m instanceof LegacyFrameMessage l) {
            legacy(l);
        } else if (m instanceof UndecodedBytes u) {
            json.writeStringField("reason", words.phrase(u.detail()));
        } else if (m instanceof GapMessage g) {
            json.writeNumberField("missing", g.missingBytes());
        } else if (m instanceof ConnectionEventMessage e) {
            json.writeStringField("event", e.event().code());
        }
        problems(m);
        json.writeEndObject();
    }

    /**
     * {@code "problems"}: the sentences, as before (a list of strings); {@code "verdicts"}: the same problems in the
     * same order as objects {rule, severity, section, field, offset, detail, text} for programs that sort or count.
     */
    private void problems(Message m) throws IOException {
        json.writeArrayFieldStart("problems");
        for (Problem p : m.problems()) {
            json.writeString(words.verdict(p));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("verdicts");
        for (Problem p : m.problems()) {
            json.writeStartObject();
            json.writeStringField("rule", p.rule().id());
            json.writeStringField("severity", p.severity().code());
            json.writeStringField("section", p.rule().section());
            json.writeStringField("field", p.field());
            if (p.offset() < 0) {
                json.writeNullField("offset");
            } else {
                json.writeNumberField("offset", p.offset());
            }
            json.writeStringField("detail", words.detail(p));
            json.writeStringField("text", words.verdict(p));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void handshake(HandshakeMessage h) throws IOException {
        json.writeStringField("startLine", h.head().startLine());
        json.writeArrayFieldStart("headers");
        for (HeaderLine line : h.head().headers()) {
            json.writeStartArray();
            json.writeString(line.name());
            json.writeString(line.value());
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private void frame(FrameMessage f) throws IOException {
        FrameHeader h = f.header();
        if (h == null) {
            return;
        }
        json.writeBooleanField("fin", h.fin());
        json.writeBooleanField("rsv1", h.rsv1());
        json.writeBooleanField("rsv2", h.rsv2());
        json.writeBooleanField("rsv3", h.rsv3());
        json.writeNumberField("opcode", h.opcode());
        json.writeStringField("opcodeName", OPCODE_NAMES[h.opcode()]);
        json.writeBooleanField("masked", h.masked());
        if (h.masked()) {
            json.writeFieldName("maskKey");
            json.writeString(chars, 0, hex(h.maskingKey(), 0, 4));
        } else {
            json.writeNullField("maskKey");
        }
        json.writeFieldName("payloadLength");
        if (h.payloadLength() >= 0) {
            json.writeNumber(h.payloadLength());
        } else {
            json.writeNumber(Long.toUnsignedString(h.payloadLength()));
        }
        // The frame holds its payload unmasked: written as it is, without making the frame's wire bytes again.
        byte[] payload = f.frame().unmaskedPayload();
        json.writeFieldName("payload");
        if (payload.length <= HEX_IN_PLACE) {
            json.writeString(chars, 0, hex(payload, 0, payload.length));
        } else {
            json.writeString(new PayloadHex(payload, 0, -1), 2 * payload.length);
        }
        if (f.frame().omitted() > 0) {
            json.writeNumberField("payloadOmitted", f.frame().omitted());
        }
        if (f.completed() != null && f.completed().text() != null) {
            json.writeStringField("text", f.completed().text());
        }
        if (h.opcode() == Opcode.CLOSE.code()) {
            if (CloseBody.hasCode(payload)) {
                CloseBody body = CloseBody.of(payload);
                json.writeNumberField("closeCode", body.code());
                json.writeStringField("closeReason", body.reason());
            }
        }
    }

    /** {@code n} bytes of {@code bytes} from {@code from} as hex in {@link #chars}. */
    private int hex(byte[] bytes, int from, int n) {
        return PayloadHex.write(bytes, from, n, -1, 0, chars, 0);
    }

    private void legacy(LegacyFrameMessage l) throws IOException {
        json.writeNumberField("frameType", l.frame().frameType());
        json.writeStringField("payload", Hex.compact(l.frame().payload()));
        if (l.frame().text() != null) {
            json.writeStringField("text", l.frame().text());
        }
    }
}
