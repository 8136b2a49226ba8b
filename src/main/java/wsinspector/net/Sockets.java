package wsinspector.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Locale;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** Opens the TCP (and for wss://, TLS) connection to a WebSocket URL. */
final class Sockets {
    private Sockets() {
    }

    static boolean isSecure(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("wss") || scheme.equals("https");
    }

    static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : isSecure(uri) ? 443 : 80;
    }

    /**
     * Connects within {@code timeout}. For wss:// the default SSLSocketFactory is layered on top, with the host name
     * checked against the certificate, so what is read and written (and tapped) is the decrypted stream.
     */
    private static SSLContext defaultContext() throws IOException {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("no TLS implementation in this Java runtime", e);
        }
    }

    static Socket connect(URI uri, Duration timeout) throws IOException {
        if (uri.getHost() == null) {
            throw new IOException("no host in " + uri);
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(uri.getHost(), port(uri)), millis);
            plain.setTcpNoDelay(true);
            if (!isSecure(uri)) {
                return plain;
            }
            // The current default context, not SSLSocketFactory.getDefault(), which is fixed at its first use:
            // a lecturer's (or a test's) trust store set later still applies.
            SSLSocket tls = (SSLSocket) defaultContext().getSocketFactory()
                    .createSocket(plain, uri.getHost(), port(uri), true);
            SSLParameters params = tls.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(params);
            tls.setSoTimeout(millis);
            tls.startHandshake();
            return tls;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    static String peer(Socket s) {
        return s.getInetAddress().getHostAddress() + ":" + s.getPort();
    }
}
