package wsinspector.protocol;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The client's checks of an opening handshake response (RFC 6455 §4.1, §4.4, §11.3). */
final class ResponseValidator {
    private final HeadChecks c;
    private final HttpHead head;
    private final HttpHead request;

    /** {@code request} may be null (a dump of the server side only): the checks against it are skipped. */
    ResponseValidator(HttpHead head, long headOffset, HttpHead request) {
        this.head = head;
        this.request = request;
        this.c = new HeadChecks(head, headOffset);
    }

    HeadChecks run() {
        if (head.isRequest()) {
            c.add(HandshakeRule.RESPONSE_STATUS_NOT_101, 0, "http.requestLine", Phrase.of("detail.head.requestNotStatus", head.startLine()));
            return c;
        }
        if (head.statusCode() != 101) {
            refused();
        } else {
            upgrade();
            c.token("Connection", "Upgrade", HandshakeRule.RESPONSE_CONNECTION_MISSING_UPGRADE);
            accept();
            subprotocol();
            extensions();
        }
        c.lineEnds();
        return c;
    }

    /** Any status but 101 refuses the connection; a 426 must also say which versions would do (§4.4). */
    private void refused() {
        c.add(HandshakeRule.RESPONSE_STATUS_NOT_101, head.startLine().indexOf(' ') + 1, "http.status",
                head.statusCode(), head.reason());
        if (head.statusCode() == 426 && head.lines("Sec-WebSocket-Version").isEmpty()) {
            c.add(HandshakeRule.RESPONSE_VERSION_426, head.endOffset(), null,
                    Phrase.of("detail.header.absent", "Sec-WebSocket-Version"));
        }
    }

    /** §4.1: the value must match "websocket" as a whole, not merely contain it. */
    private void upgrade() {
        HeaderLine line = c.required("Upgrade", HandshakeRule.RESPONSE_UPGRADE_MISSING);
        List<String> tokens = head.tokens("Upgrade");
        if (line != null && !(tokens.size() == 1 && tokens.get(0).equalsIgnoreCase("websocket"))) {
            c.add(HandshakeRule.RESPONSE_UPGRADE_MISSING, line.valueOffset(), HeadChecks.headerField("Upgrade"),
                    String.join(", ", head.all("Upgrade")));
        }
    }

    private void accept() {
        HeaderLine accept = c.required("Sec-WebSocket-Accept", HandshakeRule.RESPONSE_ACCEPT_MISSING);
        c.once("Sec-WebSocket-Accept", HandshakeRule.RESPONSE_HEADER_REPEATED);
        if (accept == null || request == null) {
            return;
        }
        request.first("Sec-WebSocket-Key").ifPresent(key -> {
            String expected = SecWebSocketAccept.of(key);
            if (!accept.value().equals(expected)) {
                c.add(HandshakeRule.RESPONSE_ACCEPT_MISMATCH, accept.valueOffset(),
                        HeadChecks.headerField("Sec-WebSocket-Accept"), accept.value(), expected, key);
            }
        });
    }

    private void subprotocol() {
        c.once("Sec-WebSocket-Protocol", HandshakeRule.RESPONSE_HEADER_REPEATED);
        head.firstLine("Sec-WebSocket-Protocol").ifPresent(line -> {
            String chosen = line.value();
            if (chosen.contains(",")) {
                c.variant(HandshakeRule.RESPONSE_SUBPROTOCOL_NOT_OFFERED, "several", line.valueOffset(),
                        HeadChecks.headerField("Sec-WebSocket-Protocol"), chosen);
            } else if (request != null && !request.tokens("Sec-WebSocket-Protocol").contains(chosen)) {
                List<String> offered = request.tokens("Sec-WebSocket-Protocol");
                c.add(HandshakeRule.RESPONSE_SUBPROTOCOL_NOT_OFFERED, line.valueOffset(),
                        HeadChecks.headerField("Sec-WebSocket-Protocol"), notOffered(chosen, offered));
            }
        });
    }

    private void extensions() {
        if (request == null) {
            return;
        }
        Set<String> offered = ExtensionOffer.parseAll(request.all("Sec-WebSocket-Extensions")).stream()
                .map(ExtensionOffer::name).collect(Collectors.toSet());
        for (HeaderLine line : head.lines("Sec-WebSocket-Extensions")) {
            for (ExtensionOffer accepted : ExtensionOffer.parseAll(List.of(line.value()))) {
                if (!offered.contains(accepted.name())) {
                    int at = Math.max(0, line.value().indexOf(accepted.name()));
                    c.add(HandshakeRule.RESPONSE_EXTENSION_NOT_OFFERED, line.valueOffset() + at,
                            HeadChecks.headerField("Sec-WebSocket-Extensions"), notOffered(accepted.name(), offered));
                }
            }
        }
    }

    /** "x, offered: a, b" or "x, none offered". */
    private static Phrase notOffered(String chosen, java.util.Collection<String> offered) {
        return offered.isEmpty() ? Phrase.of("detail.offer.none", chosen)
                : Phrase.of("detail.offer.other", chosen, String.join(", ", offered));
    }
}
