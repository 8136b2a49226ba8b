package wsinspector.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Hex;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.dissect.UndecodedBytes;
import wsinspector.explain.Explanations;
import wsinspector.protocol.CloseBody;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.HeaderLine;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Problem;

/**
 * One JSON object per message, the contract of {@code decode --json} in DESIGN.md. Sentences (problems, the reason
 * bytes were not decoded) are in the reader's language; {@code "verdicts"} carries each problem as data beside them.
 */
final class JsonLines {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Explanations words;

    JsonLines(Explanations words) {
        this.words = words;
    }

    String line(Message m) {
        ObjectNode node = mapper.createObjectNode();
        node.put("dir", m.direction().code());
        node.put("offset", m.offset());
        node.put("length", m.length());
        node.put("kind", m.kind().code());
        if (m instanceof HandshakeMessage h) {
            handshake(node, h);
        } else if (m instanceof FrameMessage f) {
            frame(node, f);
        } else if (m instanceof LegacyFrameMessage l) {
            legacy(node, l);
        } else if (m instanceof UndecodedBytes u) {
            undecoded(node, u);
        }
        problems(node, m);
        return node.toString();
    }

    private void handshake(ObjectNode node, HandshakeMessage h) {
        node.put("startLine", h.head().startLine());
        ArrayNode headers = node.putArray("headers");
        for (HeaderLine line : h.head().headers()) {
            headers.addArray().add(line.name()).add(line.value());
        }
    }

    private void frame(ObjectNode node, FrameMessage f) {
        FrameHeader h = f.header();
        if (h == null) {
            return;
        }
        node.put("fin", h.fin());
        node.put("rsv1", h.rsv1());
        node.put("rsv2", h.rsv2());
        node.put("rsv3", h.rsv3());
        node.put("opcode", h.opcode());
        node.put("opcodeName", wsinspector.dissect.Summaries.opcodeName(h.opcode()));
        node.put("masked", h.masked());
        if (h.masked()) {
            node.put("maskKey", Hex.compact(h.maskingKey()));
        } else {
            node.putNull("maskKey");
        }
        if (h.payloadLength() < 0) {
            node.put("payloadLength", new java.math.BigInteger(Long.toUnsignedString(h.payloadLength())));
        } else {
            node.put("payloadLength", h.payloadLength());
        }
        byte[] payload = f.frame().unmaskedPayload();
        node.put("payload", Hex.compact(payload));
        if (f.completed() != null && f.completed().text() != null) {
            node.put("text", f.completed().text());
        }
        if (h.opcode() == Opcode.CLOSE.code() && CloseBody.hasCode(payload)) {
            CloseBody body = CloseBody.of(payload);
            node.put("closeCode", body.code());
            node.put("closeReason", body.reason());
        }
    }

    private void legacy(ObjectNode node, LegacyFrameMessage l) {
        node.put("frameType", l.frame().frameType());
        node.put("payload", Hex.compact(l.frame().payload()));
        if (l.frame().text() != null) {
            node.put("text", l.frame().text());
        }
    }

    private void undecoded(ObjectNode node, UndecodedBytes u) {
        node.put("reason", words.phrase(u.detail()));
    }

    /**
     * {@code "problems"}: the sentences, as before (a list of strings); {@code "verdicts"}: the same problems in the
     * same order as objects {rule, severity, section, field, offset, detail, text} for programs that sort or count.
     */
    private void problems(ObjectNode node, Message m) {
        ArrayNode problems = node.putArray("problems");
        ArrayNode verdicts = node.putArray("verdicts");
        for (Problem p : m.problems()) {
            String text = words.verdict(p);
            problems.add(text);
            ObjectNode v = verdicts.addObject();
            v.put("rule", p.rule().id());
            v.put("severity", p.severity().code());
            v.put("section", p.rule().section());
            if (p.field() == null) {
                v.putNull("field");
            } else {
                v.put("field", p.field());
            }
            if (p.offset() < 0) {
                v.putNull("offset");
            } else {
                v.put("offset", p.offset());
            }
            v.put("detail", words.detail(p));
            v.put("text", text);
        }
    }
}
