package wsinspector.net;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import wsinspector.legacy.Challenge;
import wsinspector.legacy.Hixie76Handshake;
import wsinspector.protocol.DeflateAgreement;
import wsinspector.protocol.DeflateOffer;
import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.ExtensionOffer;
import wsinspector.protocol.HandshakeRequestSpec;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.HttpHeadParser;
import wsinspector.protocol.OpeningHandshake;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;
import wsinspector.protocol.SecWebSocketAccept;

/**
 * The client's side of the opening handshake, in three steps the step mode shows one by one: build the request,
 * read the response, verify it (RFC 6455 §4.1; draft-hixie-76 §4.1 for the MD5 challenge).
 */
final class ClientHandshake {
    private static final int MAX_ERROR_BODY = 4096;

    private ClientHandshake() {
    }

    /**
     * A request ready to send.
     *
     * @param key       the Sec-WebSocket-Key (RFC 6455), null for hixie-76
     * @param challenge the Key1/Key2/key3 challenge (hixie-76), null for RFC 6455
     */
    record Request(ClientMode mode, byte[] bytes, HttpHead head, String key, Challenge challenge, DeflateOffer deflateOffer) {
    }

    /** The server's answer: its head, and for hixie-76 the 16 bytes after it. */
    record Response(HttpHead head, byte[] bytes, byte[] body) {
    }

    /**
     * What the response came to.
     *
     * @param detail what was checked, or what was wrong, as words for a person (in their language where shown)
     * @param log    the same in English for a log, the rules broken named by their ids
     */
    record Verdict(boolean ok, Phrase detail, String log, String subprotocol, DeflateParameters deflate) {
    }

    static Request build(ClientOptions o, Random random) {
        URI uri = o.uri();
        HandshakeRequestSpec spec = HandshakeRequestSpec.forUrl(uri, random);
        if (o.mode() == ClientMode.HIXIE76) {
            String[] keys = Hixie76Handshake.randomKeys(random);
            byte[] key3 = Hixie76Handshake.randomKey3(random);
            String origin = o.origin() != null ? o.origin() : "http://" + spec.host();
            byte[] bytes = Hixie76Handshake.buildRequest(spec.host(), spec.path(), origin, keys[0], keys[1], key3,
                    o.subprotocols().isEmpty() ? null : o.subprotocols().get(0));
            return new Request(ClientMode.HIXIE76, bytes, parseHead(bytes),
                    null, Hixie76Handshake.challenge(keys[0], keys[1], key3), null);
        }
        if (o.fixedKey() != null) {
            spec = spec.withKey(o.fixedKey());
        }
        spec = spec.withOrigin(o.origin()).withSubprotocols(o.subprotocols());
        DeflateOffer offer = o.permessageDeflate() ? o.deflateOffer() : null;
        spec = spec.withExtensions(offer != null ? List.of(offer.toHeaderValue()) : List.of());
        for (Map.Entry<String, String> h : o.extraHeaders()) {
            spec = spec.withExtraHeader(h.getKey(), h.getValue());
        }
        byte[] bytes = OpeningHandshake.buildRequest(spec);
        return new Request(ClientMode.RFC6455, bytes, parseHead(bytes), spec.key(), null, offer);
    }

    /** Reads the response head, then the MD5 answer (hixie-76, on 101) or a short error body (other statuses). */
    static Response read(ByteReader in, Request request) throws IOException {
        ByteReader.RawHead raw = in.readHead();
        HttpHead head = raw.head();
        byte[] body = new byte[0];
        if (head.statusCode() == 101 && request.mode() == ClientMode.HIXIE76) {
            body = in.readFully(Hixie76Handshake.RESPONSE_LENGTH);
        } else if (head.statusCode() != 101) {
            body = errorBody(in, head);
        }
        byte[] bytes = new byte[raw.bytes().length + body.length];
        System.arraycopy(raw.bytes(), 0, bytes, 0, raw.bytes().length);
        System.arraycopy(body, 0, bytes, raw.bytes().length, body.length);
        return new Response(head, bytes, body);
    }

    static Verdict verify(Request request, Response response) {
        HttpHead head = response.head();
        if (head.statusCode() != 101) {
            String body = new String(response.body(), StandardCharsets.UTF_8).strip();
            return fail(body.isEmpty() ? Phrase.of("net.client.refused", head.startLine())
                    : Phrase.of("net.client.refused.body", head.startLine(), body));
        }
        return request.mode() == ClientMode.HIXIE76 ? verifyHixie76(request, response) : verifyRfc6455(request, head);
    }

    private static Verdict verifyRfc6455(Request request, HttpHead head) {
        List<Problem> errors = errors(OpeningHandshake.validateResponse(head, 0, request.head()));
        if (!errors.isEmpty()) {
            return fail(ConnectionWords.verdicts(errors), WireText.of(errors));
        }
        DeflateParameters deflate = null;
        List<ExtensionOffer> accepted = ExtensionOffer.parseAll(head.all("Sec-WebSocket-Extensions"));
        if (!accepted.isEmpty()) {
            String extensions = String.join(", ", head.all("Sec-WebSocket-Extensions"));
            if (request.deflateOffer() == null || accepted.size() > 1
                    || !accepted.get(0).name().equalsIgnoreCase(DeflateParameters.EXTENSION_NAME)) {
                return fail(Phrase.of("net.client.extensions", extensions));
            }
            DeflateAgreement agreement = DeflateAgreement.judge(request.deflateOffer(), accepted.get(0));
            if (!agreement.ok()) {
                return fail(Phrase.of("net.client.deflate-answer", extensions, request.deflateOffer().toHeaderValue(),
                        agreement.problem()));
            }
            deflate = agreement.parameters();
        }
        String accept = head.first("Sec-WebSocket-Accept").orElse("");
        Phrase detail = Phrase.of("net.client.accept-ok", accept, request.key(), SecWebSocketAccept.GUID);
        return new Verdict(true, detail, WireText.of(detail), head.first("Sec-WebSocket-Protocol").orElse(null), deflate);
    }

    private static Verdict verifyHixie76(Request request, Response response) {
        List<Problem> errors = errors(Hixie76Handshake.validateResponse(response.head()::first, response.body(),
                request.challenge(), response.head().length()));
        if (!errors.isEmpty()) {
            return fail(ConnectionWords.verdicts(errors), WireText.of(errors));
        }
        Phrase detail = Phrase.of("net.client.md5-ok", HexFormat.of().formatHex(request.challenge().response()));
        return new Verdict(true, detail, WireText.of(detail), response.head().first("Sec-WebSocket-Protocol").orElse(null), null);
    }

    private static byte[] errorBody(ByteReader in, HttpHead head) throws IOException {
        int length = head.first("Content-Length").filter(v -> v.matches("[0-9]{1,9}")).map(Integer::parseInt).orElse(0);
        int n = Math.min(length, MAX_ERROR_BODY);
        byte[] body = new byte[n];
        int got = 0;
        while (got < n) {
            int r = in.read(body, got, n - got);
            if (r < 0) {
                break;
            }
            got += r;
        }
        return Arrays.copyOf(body, got);
    }

    private static HttpHead parseHead(byte[] bytes) {
        HttpHeadParser.ParseResult r = HttpHeadParser.parse(bytes, 0, bytes.length);
        if (r instanceof HttpHeadParser.ParseResult.Complete c) {
            return c.head();
        }
        throw new IllegalArgumentException("the request built is not a valid HTTP head (check the extra headers): " + r);
    }

    private static List<Problem> errors(List<Problem> problems) {
        List<Problem> errors = new ArrayList<>();
        for (Problem p : problems) {
            if (p.rule().severity() == Rule.Severity.ERROR) {
                errors.add(p);
            }
        }
        return errors;
    }

    private static Verdict fail(Phrase detail) {
        return fail(detail, WireText.of(detail));
    }

    private static Verdict fail(Phrase detail, String log) {
        return new Verdict(false, detail, log, null, null);
    }
}
