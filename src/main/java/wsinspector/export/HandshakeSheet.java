package wsinspector.export;

import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.Field;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Hex;
import wsinspector.dissect.Message;
import wsinspector.explain.Explanations;
import wsinspector.protocol.AcceptComputation;
import wsinspector.protocol.SecWebSocketAccept;

/**
 * The handshake handout: the request's and the response's lines, each header with its explanation, and the
 * Sec-WebSocket-Accept computation step by step (RFC 6455 §4.2.2), checked against the response when it is
 * there. A hixie-76 handshake shows its Key1/Key2 computation under those headers instead.
 */
final class HandshakeSheet {
    private HandshakeSheet() {
    }

    static boolean fits(Message m) {
        return m instanceof HandshakeMessage;
    }

    /** The handshake of the source, shown whole: the request and the response as the conversation has them. */
    static Handout make(ExportSource source, int number, Words words) {
        int request = first(source, true);
        int response = first(source, false);
        List<Block> blocks = new ArrayList<>();
        HandshakeMessage req = request > 0 ? (HandshakeMessage) source.message(request) : null;
        HandshakeMessage resp = response > 0 ? (HandshakeMessage) source.message(response) : null;
        if (req != null) {
            blocks.add(new Block.Heading(words.t("handshake.request", request)));
            blocks.add(headers(req, words));
        }
        if (resp != null) {
            blocks.add(new Block.Heading(words.t("handshake.response", response)));
            blocks.add(headers(resp, words));
        }
        AcceptComputation accept = resp != null && resp.accept() != null ? resp.accept() : fromRequest(req);
        if (accept != null) {
            accept(blocks, accept, resp, words);
        }
        for (HandshakeMessage m : new HandshakeMessage[] {req, resp}) {
            if (m != null) {
                FrameSheet.problems(m, words, blocks);
            }
        }
        return new Handout(words.t("handshake.title"), Subtitles.message(source, number, words), words.locale(), blocks);
    }

    /** The number of the conversation's first request (or response), 0 when it has none. */
    static int first(ExportSource source, boolean request) {
        for (int i = 1; i <= source.messages().size(); i++) {
            if (source.message(i) instanceof HandshakeMessage h && h.request() == request) {
                return i;
            }
        }
        return 0;
    }

    private static AcceptComputation fromRequest(HandshakeMessage request) {
        if (request == null || request.head() == null) {
            return null;
        }
        return request.head().first("Sec-WebSocket-Key").map(String::trim)
                .filter(SecWebSocketAccept::isValidKey).map(SecWebSocketAccept::compute).orElse(null);
    }

    private static Block.Table headers(HandshakeMessage m, Words words) {
        Explanations ex = words.explanations();
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (Field f : m.root().children()) {
            rows.add(List.of(new Block.Cell(ex.name(f), null, true), Block.Cell.of(Places.cut(f.value(), 120)),
                    Block.Cell.of(ex.explain(f))));
            if (f.key().equals("http.requestLine") || f.key().equals("http.statusLine")) {
                continue; // its parts are the line itself, read left to right
            }
            for (Field step : f.children()) {
                if (!step.key().startsWith("accept.")) {
                    String meaning = ex.meaning(step);
                    rows.add(List.of(Block.Cell.of("↳ " + ex.name(step)),
                            Block.Cell.of(Places.cut(step.value(), 120) + (meaning == null ? "" : " (" + meaning + ")")),
                            Block.Cell.of(ex.explain(step))));
                }
            }
        }
        return new Block.Table(List.of(new Block.Column(words.t("handshake.header"), 2.2, false),
                new Block.Column(words.t("table.value"), 3.4, true),
                new Block.Column(words.t("table.explanation"), 5.4, false)), rows);
    }

    private static void accept(List<Block> blocks, AcceptComputation a, HandshakeMessage response, Words words) {
        Explanations ex = words.explanations();
        blocks.add(new Block.Heading(words.t("handshake.accept")));
        blocks.add(new Block.Paragraph(words.t("handshake.formula", a.accept()), true));
        List<List<Block.Cell>> rows = new ArrayList<>();
        String[][] steps = {{"accept.key", a.key()}, {"accept.guid", a.guid()}, {"accept.concatenated", a.concatenated()},
            {"accept.sha1", Hex.of(a.sha1())}, {"accept.base64", a.accept()}};
        for (int i = 0; i < steps.length; i++) {
            rows.add(List.of(new Block.Cell((i + 1) + ". " + ex.text(steps[i][0] + ".name"), null, true),
                    Block.Cell.of(steps[i][1]), Block.Cell.of(ex.text(steps[i][0] + ".explain"))));
        }
        String received = response == null ? null : response.head().first("Sec-WebSocket-Accept").map(String::trim).orElse(null);
        if (received != null) {
            boolean equal = received.equals(a.accept());
            rows.add(List.of(new Block.Cell("6. " + ex.text("accept.match.name"), null, true),
                    Block.Cell.of(received + " " + (equal ? "=" : "≠") + " " + a.accept() + " ("
                            + ex.text(equal ? "compare.equal" : "compare.notEqual") + ")"),
                    Block.Cell.of(ex.text("accept.match.explain"))));
        } else {
            rows.add(List.of(new Block.Cell("6. " + ex.text("accept.match.name"), null, true), Block.Cell.of("—"),
                    Block.Cell.of(words.t("handshake.noResponse"))));
        }
        blocks.add(new Block.Table(List.of(new Block.Column(words.t("handshake.step"), 2.2, false),
                new Block.Column(words.t("table.value"), 3.4, true),
                new Block.Column(words.t("table.explanation"), 5.4, false)), rows));
    }
}
