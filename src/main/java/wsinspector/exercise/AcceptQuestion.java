package wsinspector.exercise;

import java.util.Optional;

import wsinspector.protocol.AcceptComputation;
import wsinspector.protocol.HeaderLine;
import wsinspector.protocol.HttpHeadParser;
import wsinspector.protocol.SecWebSocketAccept;

/** The Sec-WebSocket-Accept value of a response, blanked, to be computed from the request's key (RFC 6455 §4.2.2). */
final class AcceptQuestion {
    private AcceptQuestion() {
    }

    static Optional<Question> of(byte[] response, String key) {
        if (key == null || !SecWebSocketAccept.isValidKey(key)
                || !(HttpHeadParser.parse(response, 0, response.length) instanceof HttpHeadParser.ParseResult.Complete c)) {
            return Optional.empty();
        }
        Optional<HeaderLine> line = c.head().headers().stream().filter(l -> l.is("Sec-WebSocket-Accept")).findFirst();
        if (line.isEmpty() || line.get().value().isEmpty()) {
            return Optional.empty();
        }
        AcceptComputation a = SecWebSocketAccept.compute(key);
        HeaderLine l = line.get();
        return Optional.of(new Question(Blank.ACCEPT, l.valueOffset(), l.value().length(), -1, -1, -1, a.accept(),
                Reasoning.of("why.accept", a.key(), a.guid(), a.sha1Hex(), a.accept())));
    }
}
