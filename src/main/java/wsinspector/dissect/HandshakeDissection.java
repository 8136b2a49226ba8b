package wsinspector.dissect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import wsinspector.legacy.Challenge;
import wsinspector.legacy.Hixie76Handshake;
import wsinspector.protocol.AcceptComputation;
import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.OpeningHandshake;
import wsinspector.protocol.Problem;
import wsinspector.protocol.SecWebSocketAccept;

/**
 * Turns a complete HTTP head (and the bytes after it that belong to the handshake) into a
 * {@link HandshakeMessage}: validates it by the rules of its protocol (RFC 6455 §4 or the hixie-76
 * draft), and records in the conversation what the other direction needs to know.
 */
final class HandshakeDissection {
    private final Conversation conversation;

    HandshakeDissection(Conversation conversation) {
        this.conversation = conversation;
    }

    /** Bytes that belong to the handshake after the blank line: hixie-76 key3 (8) or response (16), or an HTTP body. */
    int bodyLength(HttpHead head) {
        if (head.isRequest()) {
            return HandshakeKind.ofRequest(head) == HandshakeKind.HIXIE76 ? 8 : contentLength(head);
        }
        if (head.statusCode() == 101) {
            boolean hixie76 = HandshakeKind.ofResponse(head) == HandshakeKind.HIXIE76
                    || conversation.protocol() == HandshakeKind.HIXIE76;
            return hixie76 ? 16 : 0;
        }
        return contentLength(head);
    }

    private static int contentLength(HttpHead head) {
        try {
            long n = Long.parseLong(head.first("Content-Length").orElse("0").trim());
            return (int) Math.max(0, Math.min(n, 1 << 20));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** @param fixed the direction of the stream, or {@code null} when it is inferred (a request is the client's) */
    HandshakeMessage dissect(HttpHead head, byte[] wire, long at, long timestamp, Direction fixed) {
        if (head.isRequest()) {
            HandshakeKind kind = HandshakeKind.ofRequest(head);
            List<Problem> problems = new ArrayList<>();
            Challenge challenge = null;
            if (kind == HandshakeKind.HIXIE76 || kind == HandshakeKind.HIXIE75) {
                byte[] key3 = kind == HandshakeKind.HIXIE76 ? Arrays.copyOfRange(wire, head.length(), wire.length) : null;
                List<Problem> found = Hixie76Handshake.validateRequest(head::first, key3, at);
                problems.addAll(kind == HandshakeKind.HIXIE76 ? found : withoutHixie76Keys(found));
                // A stream cut inside key3 has its problem (legacy-key3-missing) and no challenge to compute.
                if (kind == HandshakeKind.HIXIE76 && key3.length == Hixie76Handshake.KEY3_LENGTH) {
                    challenge = Hixie76Handshake.challenge(head.first("Sec-WebSocket-Key1").orElse(""),
                            head.first("Sec-WebSocket-Key2").orElse(""), key3);
                }
            } else if (!WebSocketLikeness.isPlainHttp(head)) {
                problems.addAll(OpeningHandshake.validateRequest(head, at));
            }
            conversation.protocol(kind);
            conversation.request(head, challenge);
            Challenge hixie = challenge;
            return new HandshakeMessage(fixed != null ? fixed : Direction.CLIENT_TO_SERVER, at, wire, timestamp, true,
                    head, kind, null, challenge, List.copyOf(problems),
                    new LazyTree(() -> HandshakeFields.request(head, at, wire, hixie, problems)));
        } else {
            HandshakeKind kind = HandshakeKind.ofResponse(head);
            conversation.responseSeen();
            if (conversation.protocol() == null || head.statusCode() == 101) {
                conversation.protocol(conversation.isLegacy() && kind == HandshakeKind.RFC6455 ? conversation.protocol() : kind);
            }
            List<Problem> problems = new ArrayList<>();
            AcceptComputation accept = null;
            Challenge challenge = conversation.challenge();
            if (conversation.isLegacy()) {
                byte[] body = wire.length > head.length() ? Arrays.copyOfRange(wire, head.length(), wire.length) : null;
                if (conversation.protocol() == HandshakeKind.HIXIE75) {
                    // hixie-75 names the headers without "Sec-" and has no key challenge to answer.
                    problems.addAll(withoutHixie76Keys(Hixie76Handshake.validateResponse(
                            name -> head.first(name.replace("Sec-WebSocket-", "WebSocket-")), body, null, at)));
                } else {
                    problems.addAll(Hixie76Handshake.validateResponse(head::first, body, challenge, at));
                }
            } else if (!plainHttp(head)) {
                problems.addAll(OpeningHandshake.validateResponse(head, at, conversation.request()));
                accept = acceptFor(conversation.request());
                head.first("Sec-WebSocket-Extensions").flatMap(DeflateParameters::fromExtensionHeader)
                        .ifPresent(conversation::deflate);
            }
            AcceptComputation computed = accept;
            return new HandshakeMessage(fixed != null ? fixed : Direction.SERVER_TO_CLIENT, at, wire, timestamp, false,
                    head, conversation.protocol(), accept, challenge, List.copyOf(problems),
                    new LazyTree(() -> HandshakeFields.response(head, at, wire, computed, challenge, problems)));
        }
    }

    /**
     * Whether a response belongs to ordinary HTTP, not to a WebSocket handshake (W8-2): the request before it asked for
     * no WebSocket, or, when no request was seen, the response itself says nothing of it. The rules of the opening
     * handshake are not applied to such an exchange: a page fetched is no failed handshake, and {@link
     * WebSocketLikeness} already says what it is.
     */
    private boolean plainHttp(HttpHead response) {
        HttpHead request = conversation.request();
        return WebSocketLikeness.isPlainHttp(request != null ? request : response);
    }

    /** The rules of the hixie-76 key challenge (Key1/Key2/key3 and the 16-byte answer), which hixie-75 does not have. */
    private static List<Problem> withoutHixie76Keys(List<Problem> problems) {
        return problems.stream()
                .filter(p -> !p.rule().id().startsWith("legacy-key") && !p.rule().id().startsWith("legacy-response-"))
                .toList();
    }

    private static AcceptComputation acceptFor(HttpHead request) {
        if (request == null) {
            return null;
        }
        return request.first("Sec-WebSocket-Key").map(String::trim)
                .map(SecWebSocketAccept::compute).orElse(null);
    }

}
