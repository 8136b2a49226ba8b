package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wsinspector.protocol.DeflateOffer;
import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.SecWebSocketAccept;

/**
 * The project's client against a server that answers its permessage-deflate offer with a chosen header: a legal
 * answer is used as answered, an illegal one fails the connection naming the rule (RFC 7692 §7).
 */
@Timeout(30)
class ClientDeflateAnswerTest {
    private static final DeflateOffer OFFER = new DeflateOffer(false, true, 10, DeflateOffer.NO_VALUE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "permessage-deflate; server_max_window_bits=10 | false, true, 10, 15",
            "permessage-deflate; server_max_window_bits=9; client_max_window_bits=8 | false, true, 9, 8",
            "permessage-deflate; server_no_context_takeover; server_max_window_bits=10 | true, true, 10, 15",
    })
    void usesALegalAnswerAsAnswered(String answer, String expected) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> request = answerOnce(listener, answer);
            URI uri = URI.create("ws://127.0.0.1:" + listener.getLocalPort() + "/");
            try (WsClient client = WsClient.connect(ClientOptions.defaults(uri).withDeflateOffer(OFFER), null, new Received())) {
                String[] e = expected.split(",\\s*");
                assertEquals(new DeflateParameters(Boolean.parseBoolean(e[0]), Boolean.parseBoolean(e[1]),
                        Integer.parseInt(e[2]), Integer.parseInt(e[3])), client.deflateParameters());
            }
            assertTrue(request.get(10, TimeUnit.SECONDS).contains("\r\nSec-WebSocket-Extensions: permessage-deflate; "
                    + "client_no_context_takeover; server_max_window_bits=10; client_max_window_bits\r\n"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "permessage-deflate | server_max_window_bits=10 was offered",
            "permessage-deflate; server_max_window_bits=11 | server_max_window_bits=11 is larger than the 10 offered",
            "permessage-deflate; server_max_window_bits=10; client_max_window_bits | client_max_window_bits has no value",
            "permessage-deflate; server_max_window_bits=10; mux | the parameter mux",
            "x-webkit-deflate-frame | response-extension-not-offered",
    })
    void failsOnAnIllegalAnswerNamingTheRule(String answer, String expected) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            answerOnce(listener, answer);
            URI uri = URI.create("ws://127.0.0.1:" + listener.getLocalPort() + "/");
            IOException e = assertThrows(IOException.class,
                    () -> WsClient.connect(ClientOptions.defaults(uri).withDeflateOffer(OFFER), null, new Received()));
            assertTrue(e.getMessage().contains(expected), e.getMessage());
        }
    }

    /** Accepts one connection, reads the request head, answers 101 with the extension header; gives the request. */
    private static CompletableFuture<String> answerOnce(ServerSocket listener, String extensions) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket s = listener.accept()) {
                s.setSoTimeout(10_000);
                String head = readHead(s.getInputStream());
                Matcher key = Pattern.compile("Sec-WebSocket-Key: (\\S+)").matcher(head);
                key.find();
                s.getOutputStream().write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: " + SecWebSocketAccept.of(key.group(1)) + "\r\n"
                        + "Sec-WebSocket-Extensions: " + extensions + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().write(new byte[] {(byte) 0x88, 0x02, 0x03, (byte) 0xE8}); // close 1000
                s.getInputStream().readNBytes(8); // the client's close, or nothing when it failed
                return head;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed inside the head");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
