package wsinspector.net;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import wsinspector.legacy.Challenge;
import wsinspector.legacy.Hixie75Handshake;
import wsinspector.legacy.Hixie76Handshake;
import wsinspector.legacy.LegacyRule;
import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.ExtensionOffer;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.OpeningHandshake;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;
import wsinspector.protocol.SubprotocolNegotiation;

/**
 * The echo server's side of the opening handshake: recognises RFC 6455, hixie-76 and hixie-75 from the request
 * head, judges it, and builds the answer: 101, or 400 (not a valid handshake, with the reason), 403 (an Origin
 * not allowed) or 426 (a version other than 13, RFC 6455 §4.4).
 */
final class ServerHandshake {

    /** What the handshake came to. */
    sealed interface Outcome {
        /** The bytes to send back. */
        byte[] response();
    }

    /**
     * The connection is open.
     *
     * @param deflate the negotiated permessage-deflate parameters, null if none
     */
    record Accepted(HandshakeKind kind, String path, String subprotocol, DeflateParameters deflate, byte[] response)
            implements Outcome {
    }

    /**
     * The handshake was refused with this HTTP status.
     *
     * @param why    why, as a phrase for a person in their language
     * @param reason why, in English for the log (the answer's body says it in the server's {@link PeerWords})
     */
    record Refused(int status, Phrase why, String reason, byte[] response) implements Outcome {
    }

    private ServerHandshake() {
    }

    /** Whether the request is hixie-76's, whose key3 (8 bytes after the blank line) must arrive before the answer. */
    static boolean needsKey3(HttpHead head) {
        return HandshakeKind.ofRequest(head) == HandshakeKind.HIXIE76;
    }

    /**
     * Answers a request head.
     *
     * @param headOffset where the head started in the stream (for the problems' offsets)
     * @param key3       for hixie-76 the 8 bytes after the head ({@link #needsKey3}), otherwise unused
     * @param words      the language of a refusal's body
     */
    static Outcome answer(HttpHead head, long headOffset, byte[] key3, EchoServerOptions options, PeerWords words) {
        HandshakeKind kind = HandshakeKind.ofRequest(head);
        if (kind == HandshakeKind.NOT_WEBSOCKET) {
            return badRequest(Phrase.of("net.refused.not-websocket"), words);
        }
        Optional<String> origin = head.first("Origin");
        if (origin.isPresent() && !options.allowedOrigins().isEmpty()
                && !options.allowedOrigins().contains(origin.get())) {
            return forbidden(Phrase.of("net.refused.origin", origin.get()), words);
        }
        return switch (kind) {
            case RFC6455 -> rfc6455(head, headOffset, options, words);
            case HIXIE76 -> hixie76(head, key3, headOffset + head.length(), options, words);
            default -> hixie75(head, options, words);
        };
    }

    private static Outcome rfc6455(HttpHead head, long headOffset, EchoServerOptions options, PeerWords words) {
        Optional<String> version = head.first("Sec-WebSocket-Version");
        if (version.isPresent() && !version.get().equals("13") && head.all("Sec-WebSocket-Version").size() == 1) {
            Phrase why = Phrase.of("net.refused.version", version.get());
            return new Refused(426, why, WireText.of(why), OpeningHandshake.buildUpgradeRequired());
        }
        List<Problem> errors = errors(OpeningHandshake.validateRequest(head, headOffset));
        if (!errors.isEmpty()) {
            return badRequest(errors, words);
        }
        List<String> offered = head.tokens("Sec-WebSocket-Protocol");
        String subprotocol = SubprotocolNegotiation.choose(offered, options.subprotocols()).orElse(null);
        DeflateNegotiation.Accepted deflate = options.permessageDeflate()
                ? DeflateNegotiation.accept(ExtensionOffer.parseAll(head.all("Sec-WebSocket-Extensions"))).orElse(null)
                : null;
        String key = head.first("Sec-WebSocket-Key").orElseThrow();
        byte[] response = OpeningHandshake.buildResponse(key, subprotocol, deflate == null ? null : deflate.response());
        return new Accepted(HandshakeKind.RFC6455, head.target(), subprotocol,
                deflate == null ? null : deflate.parameters(), response);
    }

    private static Outcome hixie76(HttpHead head, byte[] key3, long key3At, EchoServerOptions options, PeerWords words) {
        List<Problem> errors = errors(Hixie76Handshake.validateRequest(head::first, key3, key3At));
        if (!errors.isEmpty()) {
            return badRequest(errors, words);
        }
        Challenge challenge = Hixie76Handshake.challenge(head.first("Sec-WebSocket-Key1").orElseThrow(),
                head.first("Sec-WebSocket-Key2").orElseThrow(), key3);
        if (!challenge.problems().isEmpty()) {
            return badRequest(challenge.problems(), words);
        }
        String protocol = legacyProtocol(head.first("Sec-WebSocket-Protocol"), options);
        byte[] response = Hixie76Handshake.buildResponse(head.first("Origin").orElse("null"), location(head),
                protocol, challenge.response());
        return new Accepted(HandshakeKind.HIXIE76, head.target(), protocol, null, response);
    }

    private static Outcome hixie75(HttpHead head, EchoServerOptions options, PeerWords words) {
        if (head.first("Host").isEmpty()) {
            return badRequest(Phrase.of("net.refused.no-host"), words);
        }
        String protocol = legacyProtocol(head.first("WebSocket-Protocol"), options);
        byte[] response = Hixie75Handshake.buildResponse(head.first("Origin").orElse("null"), location(head), protocol);
        return new Accepted(HandshakeKind.HIXIE75, head.target(), protocol, null, response);
    }

    /** The drafts' server echoes the one protocol the client asked for, if it speaks it. */
    private static String legacyProtocol(Optional<String> asked, EchoServerOptions options) {
        return asked.filter(options.subprotocols()::contains).orElse(null);
    }

    private static String location(HttpHead head) {
        return "ws://" + head.first("Host").orElse("localhost") + head.target();
    }

    /** The errors, leaving out warnings and notes, and the drafts' missing Origin, which this server tolerates. */
    private static List<Problem> errors(List<Problem> problems) {
        return problems.stream()
                .filter(p -> p.rule().severity() == Rule.Severity.ERROR && p.rule() != LegacyRule.ORIGIN_MISSING)
                .toList();
    }

    /** 400 naming the broken rules: their ids and sentences in the body, their sentences for a person. */
    private static Refused badRequest(List<Problem> problems, PeerWords words) {
        return new Refused(400, ConnectionWords.verdicts(problems), WireText.of(problems),
                OpeningHandshake.buildBadRequest(words.say(problems)));
    }

    static Refused badRequest(Phrase why, PeerWords words) {
        return new Refused(400, why, WireText.of(why), OpeningHandshake.buildBadRequest(words.say(why)));
    }

    /** A limit of the server was hit: 431 (a head too long), 503 (too many connections), the reason as the body. */
    static Refused limit(int status, String reasonPhrase, Phrase why, PeerWords words) {
        return new Refused(status, why, WireText.of(why),
                HttpResponses.text(status, reasonPhrase, words.say(why), java.util.Map.of()));
    }

    private static Refused forbidden(Phrase why, PeerWords words) {
        byte[] body = (words.say(why) + "\n").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return new Refused(403, why, WireText.of(why), all);
    }
}
