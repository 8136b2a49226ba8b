package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import wsinspector.explain.EnglishWords;
import wsinspector.explain.Explanations;
import wsinspector.protocol.FrameRule;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * What the client says when a handshake or a connection goes wrong is words (phrases), not English built in
 * code: said in Russian it holds no English sentence, said in English (a log, an exception's message) it is the same.
 */
class ClientWordsRussianTest {
    private static final Explanations RU = Explanations.forLanguage("ru");
    private static final Explanations EN = Explanations.forLanguage("en");

    private static ClientHandshake.Verdict answer(String response) throws Exception {
        ClientHandshake.Request request = ClientHandshake.build(ClientOptions.defaults(URI.create("ws://127.0.0.1:1/chat")),
                new Random(1));
        ByteReader in = new ByteReader(new ByteArrayInputStream(response.getBytes(StandardCharsets.ISO_8859_1)));
        return ClientHandshake.verify(request, ClientHandshake.read(in, request));
    }

    private static void assertRussian(Phrase p) {
        String ru = RU.phrase(p);
        // keys and accept values (base64) are data, not words
        String words = ru.replaceAll("[A-Za-z0-9+/]{16,}=*", " ");
        assertEquals(List.of(), EnglishWords.phrases(words), ru);
        assertFalse(ru.equals(EN.phrase(p)), "said in Russian: " + ru);
    }

    @Test
    void aRefusedHandshakeIsSaidInRussian() throws Exception {
        ClientHandshake.Verdict v = answer("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        assertFalse(v.ok());
        assertRussian(v.detail());
        assertTrue(v.log().startsWith("the server refused the handshake: HTTP/1.1 403"), "the log stays English: " + v.log());
    }

    @Test
    void aBotchedAnswerIsSaidInRussian() throws Exception {
        ClientHandshake.Verdict wrongKey = answer("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n");
        assertFalse(wrongKey.ok());
        assertRussian(wrongKey.detail());
        ClientHandshake.Verdict extension = answer("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Accept: x\r\nSec-WebSocket-Extensions: x-unknown\r\n\r\n");
        assertFalse(extension.ok());
        assertRussian(extension.detail());
    }

    @Test
    void everyWordOfTheClientIsRussianInRussian() {
        Phrase verdict = ConnectionWords.verdict(Problem.of(FrameRule.RESERVED_OPCODE, 0, "frame.opcode", 3));
        for (Phrase p : List.of(Phrase.of("net.client.refused", "HTTP/1.1 403 Forbidden"),
                Phrase.of("net.client.refused.body", "HTTP/1.1 403 Forbidden", "Origin"),
                Phrase.of("net.client.extensions", "x-unknown"),
                Phrase.of("net.client.deflate-answer", "permessage-deflate; x=1", "permessage-deflate",
                        Phrase.of("deflate-answer.unknown", "x")),
                Phrase.of("net.client.broke", verdict),
                Phrase.of("net.client.lost", "104"),
                Phrase.of("net.client.lost.eof"),
                Phrase.of("net.client.handshake-failed", Phrase.of("net.client.lost.eof")),
                Phrase.of("net.client.step-mode-ended"),
                Phrase.of("net.client.legacy-closed"))) {
            assertRussian(p);
        }
    }
}
