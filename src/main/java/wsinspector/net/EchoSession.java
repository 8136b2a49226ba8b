package wsinspector.net;

import wsinspector.legacy.LegacyFrame;
import wsinspector.legacy.LegacyFrameEncoder;
import wsinspector.legacy.LegacyStream;
import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.CloseBody;
import wsinspector.protocol.CloseCode;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.FrameStream;
import wsinspector.protocol.FrameValidator.Role;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.MessageDeflater;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * What the echo server does with an open connection's frames, whatever reads the socket: every message echoed
 * (compressed again if it came compressed), pings answered with pongs, the closing handshake answered, a broken
 * rule or a passed limit failed with the close code that names it (RFC 6455 §7.1.7); for the drafts, every frame
 * echoed and {@code ff 00} answered. Each answer goes through the connection's {@link ServerConnection#respond}, in
 * the order the frames came, after the lesson's delay for an echo. Loop thread only.
 */
final class EchoSession implements FrameStream.Listener, LegacyStream.Listener {
    private final ServerConnection conn;
    private final EchoServer server;
    private final HandshakeKind kind;
    private final FrameStream frames;
    private final LegacyStream legacy;
    private final MessageDeflater deflater;
    /** The header of the echo being sent, lent to the connection for the send. */
    private final byte[] header = new byte[10];

    EchoSession(ServerConnection conn, EchoServer server, ServerHandshake.Accepted accepted) {
        this.conn = conn;
        this.server = server;
        this.kind = accepted.kind();
        EchoServerOptions options = server.options();
        if (kind == HandshakeKind.RFC6455) {
            frames = new FrameStream(Role.CLIENT, accepted.deflate(), options.streamLimits(), this);
            legacy = null;
            deflater = accepted.deflate() == null ? null : new MessageDeflater(
                    accepted.deflate().serverNoContextTakeover(), accepted.deflate().serverMaxWindowBits());
        } else {
            frames = null;
            legacy = new LegacyStream(options.maxMessageBytes(), this);
            deflater = null;
        }
    }

    /** The client's next bytes. */
    void feed(byte[] b, int off, int len) {
        if (frames != null) {
            frames.feed(b, off, len);
        } else {
            legacy.feed(b, off, len);
        }
    }

    /** The client's next bytes, in the loop's buffer: a message of one frame is unmasked and echoed from there. */
    void feedInPlace(byte[] b, int off, int len) {
        if (frames != null) {
            frames.feedInPlace(b, off, len);
        } else {
            legacy.feed(b, off, len);
        }
    }

    @Override
    public void message(AssembledMessage m) {
        long delay = server.delayMillis();
        if (conn.answersNow(delay)) {
            echo(m); // the usual case, answered without an answer object
        } else {
            conn.respond(delay, () -> echo(m));
        }
    }

    /** The usual message: echoed at once from where it lies, unless an answer must wait (then as a copy). */
    @Override
    public void message(Opcode opcode, byte[] b, int off, int len, long offset) {
        if (!conn.answersNow(server.delayMillis())) {
            FrameStream.Listener.super.message(opcode, b, off, len, offset);
        } else if (!conn.closeSent()) {
            int headerLength = FrameEncoder.encodeHeader(header, true, false, opcode.code(), len);
            conn.sendLent(header, headerLength, b, off, len);
        }
    }

    private void echo(AssembledMessage m) {
        if (conn.closeSent()) {
            return; // the server is going away: nothing may follow the close frame
        }
        boolean compress = deflater != null && m.compressed();
        byte[] payload = compress ? deflater.deflate(m.payload()) : m.payload();
        conn.send(FrameEncoder.encodeHeader(true, compress, m.opcode().code(), null, payload.length), payload);
    }

    @Override
    public void control(Opcode opcode, byte[] payload) {
        switch (opcode) {
            case PING -> conn.respond(0, () -> {
                if (server.answerPings() && !conn.closeSent()) {
                    conn.send(FrameEncoder.encode(FrameSpec.pong(payload)));
                }
            });
            case PONG -> {
                // an answer to our ping, or unsolicited (RFC 6455 §5.5.3): nothing to do
            }
            default -> {
                conn.stopInput(); // nothing after a close frame counts (RFC 6455 §5.5.1)
                CloseBody body = CloseBody.of(payload);
                conn.respond(0, () -> {
                    conn.firstClose(body.code(), body.reason(), ConnectionWords.peerSaid(body.reason()));
                    // Echo the code (RFC 6455 §5.5.1); a close without a body gets one without a body.
                    conn.sendCloseOnce(FrameEncoder.encode(payload.length == 0 ? FrameSpec.close()
                            : FrameSpec.close(body.code(), "")));
                    conn.closing();
                });
            }
        }
    }

    @Override
    public void frame(LegacyFrame f) {
        if (f.kind() == LegacyFrame.Kind.CLOSE && kind == HandshakeKind.HIXIE76) {
            conn.stopInput();
            conn.respond(0, () -> {
                conn.sendCloseOnce(LegacyFrameEncoder.close()); // draft-hixie-76 §4.2
                conn.ended(ConnectionWords.legacyClosingHandshake());
                conn.closing();
            });
            return;
        }
        byte[] echo = LegacyFrameEncoder.frame(f.frameType(), f.payload());
        conn.respond(server.delayMillis(), () -> conn.send(echo));
    }

    @Override
    public void failed(Problem p) {
        conn.stopInput();
        if (kind != HandshakeKind.RFC6455) {
            conn.respond(0, () -> { // the drafts have no close codes: the connection just ends
                conn.ended(ConnectionWords.verdict(p));
                conn.closing();
            });
            return;
        }
        int code = ProtocolFailure.closeCodeFor(p.rule());
        String reason = server.peerWords().closeReason(p);
        conn.respond(0, () -> {
            if (conn.sendCloseOnce(FrameEncoder.encode(FrameSpec.close(code, reason)))) {
                conn.firstClose(code, reason, ConnectionWords.verdict(p));
            }
            conn.closing();
        });
    }

    /** The client said nothing for too long: 1001 for RFC 6455 (RFC 6455 §7.4.1), the end for the drafts. */
    void idle(Phrase why) {
        String reason = server.peerWords().closeReason(why);
        if (kind == HandshakeKind.RFC6455
                && conn.sendCloseOnce(FrameEncoder.encode(FrameSpec.close(CloseCode.GOING_AWAY.code(), reason)))) {
            conn.firstClose(CloseCode.GOING_AWAY.code(), reason, why);
        } else {
            conn.ended(why);
        }
        conn.closing();
    }

    /** The server is shutting down: 1001, or {@code ff 00} for hixie-76. */
    void goingAway() {
        if (kind == HandshakeKind.RFC6455) {
            String reason = server.peerWords().closeReason(ConnectionWords.shuttingDown());
            if (conn.sendCloseOnce(FrameEncoder.encode(FrameSpec.close(CloseCode.GOING_AWAY.code(), reason)))) {
                conn.firstClose(CloseCode.GOING_AWAY.code(), reason, ConnectionWords.shuttingDown());
            }
        } else if (kind == HandshakeKind.HIXIE76) {
            conn.sendCloseOnce(LegacyFrameEncoder.close());
        }
        conn.closing();
    }

    /** A ping the window asked for (RFC 6455 §5.5.2); nothing for the drafts, which have none. */
    void ping(byte[] payload) {
        if (kind == HandshakeKind.RFC6455 && !conn.closeSent()) {
            conn.send(FrameEncoder.encode(FrameSpec.ping(payload)));
        }
    }

    /** A limit of the server was passed (a client that does not read): 1008 naming it. */
    void policyClose(Phrase why) {
        String reason = server.peerWords().closeReason(why);
        if (kind == HandshakeKind.RFC6455
                && conn.sendCloseOnce(FrameEncoder.encode(FrameSpec.close(CloseCode.POLICY_VIOLATION.code(), reason)))) {
            conn.firstClose(CloseCode.POLICY_VIOLATION.code(), reason, why);
        } else {
            conn.ended(why);
        }
    }
}
