package wsinspector.net;

import java.net.InetSocketAddress;

import wsinspector.protocol.HttpHead;

/**
 * What the echo server does with a request that is not a WebSocket opening handshake (no Upgrade: websocket):
 * the seam through which a connection hands such a request over, whatever reads the socket.
 */
@FunctionalInterface
public interface PlainHttp {

    /**
     * The whole HTTP response to send before closing the connection (status line, headers and body).
     *
     * @param peer who asked
     */
    byte[] answer(HttpHead request, InetSocketAddress peer);
}
