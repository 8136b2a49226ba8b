package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import wsinspector.dissect.Direction;

/**
 * wss://: our client over TLS to Java-WebSocket with a certificate made for the test (by the JDK's
 * keytool), and the tap recording the decrypted bytes, which is what the window shows.
 */
@Timeout(60)
class WssClientTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    @Test
    void exchangesTextOverTlsAndTapsTheDecryptedBytes() throws Exception {
        KeyStore store = selfSignedLocalhost();
        SSLContext server = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        server.init(keys.getKeyManagers(), null, null);
        SSLContext client = SSLContext.getInstance("TLS");
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        client.init(null, trust.getTrustManagers(), null);

        SSLContext previous = SSLContext.getDefault();
        SSLContext.setDefault(client);
        TapRecording recording = new TapRecording();
        Received received = new Received();
        try (JavaWebSocketEcho echo = JavaWebSocketEcho.startTls(server); WireTap tap = new WireTap(10_000)) {
            tap.addListener(recording);
            URI uri = URI.create("wss://localhost:" + echo.getPort() + "/secure");
            try (WsClient ws = WsClient.connect(ClientOptions.defaults(uri), tap, received)) {
                ws.sendText("Hello over TLS", 0, null);
                assertEquals("Hello over TLS", received.next().text());
            }
            recording.awaitClosed(Source.CLIENT, 1);
            long connection = ((TapEvent.Opened) recording.events().get(0)).connection();
            String sent = new String(recording.bytes(connection, Direction.CLIENT_TO_SERVER), StandardCharsets.ISO_8859_1);
            assertTrue(sent.startsWith("GET /secure HTTP/1.1\r\n"), "the tap holds the plain request: " + sent);
            String answer = new String(recording.bytes(connection, Direction.SERVER_TO_CLIENT), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 101 "), answer);
            assertTrue(answer.contains("Hello over TLS"), "the echo, unmasked and decrypted");
        } finally {
            SSLContext.setDefault(previous);
        }
    }

    /** A key pair and certificate for localhost, made by the JDK's own keytool. */
    private KeyStore selfSignedLocalhost() throws Exception {
        Path file = dir.resolve("localhost.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "localhost", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(PASSWORD),
                "-keypass", new String(PASSWORD)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool: " + output);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
