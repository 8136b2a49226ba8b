package wsinspector.net;

import java.util.Arrays;

import wsinspector.legacy.Hixie76Handshake;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.HeadReader;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.Phrase;

/**
 * The server's side of one opening handshake, fed as the request arrives: the head (at most
 * {@link ServerLimits#maxHeadBytes()}, else 431), hixie-76's 8 bytes of key3, then the answer
 * ({@link ServerHandshake}), or the plain HTTP side for a request that is no handshake (the seam of
 * {@link PlainHttp}). Loop thread only.
 */
final class HandshakeStep {
    private final ServerConnection conn;
    private final EchoServer server;
    private final HeadReader headReader;
    private HttpHead head;
    private byte[] key3;
    private int key3Used;
    private boolean done;

    HandshakeStep(ServerConnection conn, EchoServer server) {
        this.conn = conn;
        this.server = server;
        this.headReader = new HeadReader(server.options().limits().maxHeadBytes());
    }

    void feed(byte[] b, int off, int len) {
        if (done) {
            return;
        }
        if (head == null) {
            HeadReader.Result r = headReader.feed(b, off, len);
            if (r instanceof HeadReader.Result.Head h) {
                head(h.head(), h.rest());
            } else if (r instanceof HeadReader.Result.Malformed m) {
                malformed(m);
            }
            return;
        }
        key3(b, off, len);
    }

    private void head(HttpHead h, byte[] rest) {
        if (h.isRequest() && HandshakeKind.ofRequest(h) == HandshakeKind.NOT_WEBSOCKET) {
            done = true;
            conn.answeredPlainHttp(server.plainHttp().answer(h, conn.peerAddress()));
            return;
        }
        conn.recorded();
        head = h;
        if (ServerHandshake.needsKey3(h)) {
            key3 = new byte[Hixie76Handshake.KEY3_LENGTH];
            key3(rest, 0, rest.length);
        } else {
            answer(rest);
        }
    }

    private void key3(byte[] b, int off, int len) {
        int n = Math.min(len, key3.length - key3Used);
        System.arraycopy(b, off, key3, key3Used, n);
        key3Used += n;
        if (key3Used == key3.length) {
            answer(Arrays.copyOfRange(b, off + n, off + len));
        }
    }

    private void answer(byte[] rest) {
        done = true;
        ServerHandshake.Outcome outcome = ServerHandshake.answer(head, 0, key3, server.options(), server.peerWords());
        if (outcome instanceof ServerHandshake.Accepted a) {
            int max = server.options().limits().maxConnections();
            if (!server.admitOpen()) {
                Phrase why = ConnectionWords.busy(max);
                conn.refused(503, why, ServerHandshake.limit(503, "Service Unavailable", why, server.peerWords()).response());
                return;
            }
            conn.opened(a, head.first("User-Agent").orElse(null), rest);
        } else {
            ServerHandshake.Refused r = (ServerHandshake.Refused) outcome;
            conn.refused(r.status(), r.why(), r.response());
        }
    }

    private void malformed(HeadReader.Result.Malformed m) {
        done = true;
        conn.recorded();
        if (m.tooLong()) {
            int max = server.options().limits().maxHeadBytes();
            Phrase why = ConnectionWords.headTooLong(max);
            conn.refused(431, why, ServerHandshake.limit(431, "Request Header Fields Too Large", why, server.peerWords())
                    .response());
        } else {
            ServerHandshake.Refused r = ServerHandshake.badRequest(Phrase.of("net.refused.not-http", m.reason(), m.offset()),
                    server.peerWords());
            conn.refused(r.status(), r.why(), r.response());
        }
    }
}
