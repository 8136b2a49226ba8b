package wsinspector.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.dissect.Bytes.ascii;
import static wsinspector.dissect.Bytes.concat;
import static wsinspector.dissect.Bytes.hex;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import wsinspector.protocol.FrameRule;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.HandshakeRule;
import wsinspector.protocol.Problem;

class DissectorTest {
    static final Direction C2S = Direction.CLIENT_TO_SERVER;
    static final Direction S2C = Direction.SERVER_TO_CLIENT;

    /** The course notes' request (with the HTTP version the notes drop) and its answer. */
    static final byte[] REQUEST = ascii("GET /chat HTTP/1.1\r\nHost: mai.ru\r\nOrigin: https://mai.ru\r\n"
            + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\n"
            + "Sec-WebSocket-Version: 13\r\n\r\n");
    static final byte[] RESPONSE = ascii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\n\r\n");
    static final byte[] MASKED_HELLO = hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"); // masked text "Hello", key 37fa213d
    static final byte[] HELLO = hex("81 05 48 65 6c 6c 6f"); // unmasked text "Hello"
    static final byte[] CLOSE_MASKED = hex("88 82 37 fa 21 3d 34 12"); // close 1000, masked
    static final byte[] CLOSE = hex("88 02 03 e8"); // close 1000

    static List<Chunk> conversation() {
        return List.of(Chunk.of(C2S, REQUEST), Chunk.of(S2C, RESPONSE), Chunk.of(C2S, concat(MASKED_HELLO, CLOSE_MASKED)),
                Chunk.of(S2C, concat(HELLO, CLOSE)));
    }

    @Test
    void courseNotesConversationDissectsWithoutProblems() {
        Transcript t = Dissector.dissect(conversation());
        assertEquals(List.of(Message.Kind.HANDSHAKE_REQUEST, Message.Kind.HANDSHAKE_RESPONSE, Message.Kind.FRAME,
                Message.Kind.FRAME, Message.Kind.FRAME, Message.Kind.FRAME), t.messages().stream().map(Message::kind).toList());
        t.messages().forEach(m -> assertEquals(List.of(), m.problems(), m.root().value()));
        assertEquals(HandshakeKind.RFC6455, t.protocol());
    }

    @Test
    void acceptKeyStepsAreFields() {
        HandshakeMessage response = (HandshakeMessage) Dissector.dissect(conversation()).messages().get(1);
        Field accept = response.root().children().stream().filter(f -> f.key().equals("header.Sec-WebSocket-Accept"))
                .findFirst().orElseThrow();
        assertEquals("Iv8io/9s+lYFgZWcXczP8Q==258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                accept.find("accept.concatenated").orElseThrow().value());
        assertEquals("hsBlbuDTkk24srzEOTBUlZAlC2g=", accept.find("accept.base64").orElseThrow().value());
        assertEquals("compare.equal", accept.find("accept.match").orElseThrow().meaningKey());
    }

    @Test
    void frameFieldsCarryExactBytesAndBits() {
        FrameMessage hello = (FrameMessage) Dissector.dissect(conversation()).messages().get(2);
        long at = REQUEST.length; // the client's stream: request, then frames
        assertEquals(at, hello.offset());
        Field opcode = hello.root().find("frame.opcode").orElseThrow();
        assertEquals(at, opcode.offset());
        assertEquals(4, opcode.bitOffset());
        assertEquals(4, opcode.bitLength());
        assertEquals("opcode.1", opcode.meaningKey());
        Field key = hello.root().find("frame.maskingKey").orElseThrow();
        assertEquals(at + 2, key.offset());
        assertEquals(4, key.length());
        assertEquals("37 fa 21 3d", key.value());
        Field payload = hello.root().find("frame.payload.unmasked").orElseThrow();
        assertEquals("48 65 6c 6c 6f", payload.value());
        assertEquals("\"Hello\"", hello.root().find("message.reassembled").orElseThrow().value());
    }

    @Test
    void clickedByteSelectsItsDeepestField() {
        FrameMessage hello = (FrameMessage) Dissector.dissect(conversation()).messages().get(2);
        assertEquals("frame.fin", hello.root().deepestAt(hello.offset()).orElseThrow().key());
        assertEquals("frame.maskingKey", hello.root().deepestAt(hello.offset() + 3).orElseThrow().key());
        assertEquals("frame.payload.masked", hello.root().deepestAt(hello.offset() + 7).orElseThrow().key());
    }

    @Test
    void closeCodeAndReasonAreFields() {
        FrameMessage close = (FrameMessage) Dissector.dissect(conversation()).messages().get(5);
        assertEquals("1000", close.root().find("close.code").orElseThrow().value());
        assertEquals("close.1000", close.root().find("close.code").orElseThrow().meaningKey());
    }

    @Test
    void unmaskedClientFrameIsAProblemAtTheMaskBit() {
        Transcript t = Dissector.dissect(List.of(Chunk.of(C2S, HELLO)));
        Message m = t.messages().get(0);
        Problem p = m.problems().get(0);
        assertEquals(FrameRule.CLIENT_FRAME_UNMASKED, p.rule());
        assertEquals("frame.mask", m.root().flatten().stream().filter(f -> f.problems().contains(p)).findFirst()
                .orElseThrow().key());
    }

    @Test
    void wrongAcceptKeyIsAProblem() {
        byte[] wrong = ascii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n");
        Transcript t = Dissector.dissect(List.of(Chunk.of(C2S, REQUEST), Chunk.of(S2C, wrong)));
        assertTrue(t.messages().get(1).problems().stream().anyMatch(p -> p.rule() == HandshakeRule.RESPONSE_ACCEPT_MISMATCH));
        assertEquals("compare.notEqual", t.messages().get(1).root().find("accept.match").orElseThrow().meaningKey());
    }

    @Test
    void directionOfAnUnmarkedDumpIsInferred() {
        byte[] all = concat(REQUEST, RESPONSE, MASKED_HELLO, HELLO);
        List<Message> ms = Dissector.dissect(List.of(new Chunk(null, 0, all))).messages();
        assertEquals(List.of(C2S, S2C, C2S, S2C), ms.stream().map(Message::direction).toList());
        assertEquals(List.of(0L, (long) REQUEST.length, (long) REQUEST.length + RESPONSE.length,
                (long) REQUEST.length + RESPONSE.length + MASKED_HELLO.length), ms.stream().map(Message::offset).toList());
        ms.forEach(m -> assertEquals(List.of(), m.problems()));
    }

    @Test
    void bareLegacyFramesAreRecognisedByTheirFirstByte() {
        byte[] legacy = hex("00 48 65 6c 6c 6f ff 80 02 01 02 ff 00"); // text "Hello", binary of 2, close
        List<Message> ms = Dissector.dissect(List.of(Chunk.of(S2C, legacy))).messages();
        assertEquals(3, ms.size());
        LegacyFrameMessage text = assertInstanceOf(LegacyFrameMessage.class, ms.get(0));
        assertEquals("Hello", text.frame().text());
        assertEquals("legacy.terminator", text.root().deepestAt(6).orElseThrow().key());
        assertEquals("legacy.length", ms.get(1).root().deepestAt(8).orElseThrow().key());
        ms.forEach(m -> assertEquals(List.of(), m.problems()));
    }

    @Test
    void hixie76HandshakeShowsTheChallenge() {
        byte[] request = concat(ascii("GET /demo HTTP/1.1\r\nHost: example.com\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key2: 12998 5 Y3 1  .P00\r\nSec-WebSocket-Protocol: sample\r\nUpgrade: WebSocket\r\n"
                + "Sec-WebSocket-Key1: 4 @1  46546xW%0l 1 5\r\nOrigin: http://example.com\r\n\r\n"), ascii("^n:ds[4U"));
        byte[] response = concat(ascii("HTTP/1.1 101 WebSocket Protocol Handshake\r\nUpgrade: WebSocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Origin: http://example.com\r\n"
                + "Sec-WebSocket-Location: ws://example.com/demo\r\nSec-WebSocket-Protocol: sample\r\n\r\n"),
                ascii("8jKS'y:G*Co,Wxa-"));
        byte[] frames = hex("00 48 65 6c 6c 6f ff");
        List<Message> ms = Dissector.dissect(List.of(Chunk.of(C2S, request), Chunk.of(S2C, response),
                Chunk.of(C2S, frames), Chunk.of(S2C, frames))).messages();
        assertEquals(List.of(Message.Kind.HANDSHAKE_REQUEST, Message.Kind.HANDSHAKE_RESPONSE, Message.Kind.LEGACY_FRAME,
                Message.Kind.LEGACY_FRAME), ms.stream().map(Message::kind).toList());
        HandshakeMessage req = (HandshakeMessage) ms.get(0);
        assertEquals(HandshakeKind.HIXIE76, req.protocol());
        assertEquals(request.length, req.length());
        // Key2 comes first in this request: 1299853100 / 5 spaces
        assertEquals("259970620", req.root().find("hixie.quotient").orElseThrow().value().split(" = ")[1]);
        assertEquals("compare.equal", ms.get(1).root().find("hixie.match").orElseThrow().meaningKey());
        assertEquals(List.of(), ms.get(1).problems());
    }

    @Test
    void truncatedFrameIsReportedAtTheEnd() {
        byte[] cut = hex("82 7e 01 00 01 02 03"); // 256-byte binary, 3 bytes present
        Message m = Dissector.dissect(List.of(Chunk.of(S2C, cut))).messages().get(0);
        assertTrue(m.problems().stream().anyMatch(p -> p.rule() == FrameRule.FRAME_TRUNCATED));
        assertEquals("256", m.root().find("frame.length16").orElseThrow().value());
    }

    @Test
    void hugeLengthDoesNotAllocate() {
        byte[] huge = hex("82 7f 7f ff ff ff ff ff ff ff 01 02"); // 2^63-1 bytes announced
        Message m = Dissector.dissect(List.of(Chunk.of(S2C, huge))).messages().get(0);
        assertEquals(huge.length, m.length());
    }

    @Test
    void garbageBecomesUndecodedBytes() {
        byte[] garbage = ascii("Hello there, this is not HTTP\r\n\r\n");
        List<Message> ms = Dissector.dissect(List.of(Chunk.of(C2S, garbage))).messages();
        assertEquals(1, ms.size());
        UndecodedBytes u = assertInstanceOf(UndecodedBytes.class, ms.get(0));
        assertEquals(garbage.length, u.length());
    }

    @Test
    void emptyInputGivesNoMessages() {
        assertEquals(List.of(), Dissector.dissect(List.of()).messages());
        assertEquals(List.of(), Dissector.dissect(List.of(Chunk.of(C2S, new byte[0]))).messages());
    }

    @Test
    void fragmentsReassembleWithControlFrameBetween() {
        byte[] stream = concat(hex("01 03 48 65 6c"), hex("89 00"), hex("80 02 6c 6f")); // "Hel", ping, "lo"
        List<Message> ms = Dissector.dissect(List.of(Chunk.of(S2C, stream))).messages();
        assertEquals(3, ms.size());
        assertNull(((FrameMessage) ms.get(0)).completed());
        assertNull(((FrameMessage) ms.get(1)).completed());
        assertEquals("Hello", ((FrameMessage) ms.get(2)).completed().text());
        ms.forEach(m -> assertEquals(List.of(), m.problems()));
    }

    @Test
    void deflatedMessageIsInflatedWhenNegotiated() {
        byte[] response = ascii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n");
        byte[] request = ascii(new String(REQUEST, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\r\n\r\n", "\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n"));
        byte[] frames = hex("c1 07 f2 48 cd c9 c9 07 00  c1 05 f2 00 11 00 00"); // "Hello" twice, sharing the window
        List<Message> ms = Dissector.dissect(List.of(Chunk.of(C2S, request), Chunk.of(S2C, response),
                Chunk.of(S2C, frames))).messages();
        assertEquals("Hello", ((FrameMessage) ms.get(2)).completed().text());
        assertEquals("Hello", ((FrameMessage) ms.get(3)).completed().text());
        assertTrue(ms.get(2).root().find("message.inflated").isPresent());
        ms.forEach(m -> assertEquals(List.of(), m.problems()));
    }

    @Test
    void anySplitGivesTheSameTranscript() {
        List<Message> whole = Dissector.dissect(conversation()).messages();
        for (int size = 1; size <= 9; size++) {
            assertEquals(roots(whole), roots(Dissector.dissect(split(conversation(), size)).messages()), "pieces of " + size);
        }
        byte[] undirected = concat(REQUEST, RESPONSE, MASKED_HELLO, HELLO, hex("82 7e 01 00 01"));
        List<Message> one = Dissector.dissect(List.of(new Chunk(null, 0, undirected))).messages();
        for (int cut = 0; cut <= undirected.length; cut++) {
            List<Chunk> two = List.of(new Chunk(null, 0, java.util.Arrays.copyOfRange(undirected, 0, cut)),
                    new Chunk(null, 0, java.util.Arrays.copyOfRange(undirected, cut, undirected.length)));
            assertEquals(roots(one), roots(Dissector.dissect(two).messages()), "cut at " + cut);
        }
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(6455);
        for (int i = 0; i < 2000; i++) {
            byte[] noise = new byte[random.nextInt(300)];
            random.nextBytes(noise);
            if (i % 3 == 0 && noise.length > 0) {
                noise[0] = (byte) "GH\u0000\u0081".charAt(random.nextInt(4));
            }
            Direction d = i % 5 == 0 ? null : (i % 2 == 0 ? C2S : S2C);
            List<Message> ms = Dissector.dissect(List.of(new Chunk(d, 0, noise))).messages();
            long covered = ms.stream().mapToLong(Message::length).sum();
            assertEquals(noise.length, covered, "every byte belongs to a message, input " + i);
        }
    }

    private static List<Field> roots(List<Message> ms) {
        return ms.stream().map(Message::root).toList();
    }

    private static List<Chunk> split(List<Chunk> chunks, int size) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk c : chunks) {
            for (int i = 0; i < c.bytes().length; i += size) {
                out.add(Chunk.of(c.direction(), java.util.Arrays.copyOfRange(c.bytes(), i, Math.min(c.bytes().length, i + size))));
            }
        }
        return out;
    }

    @Test
    void noProblemsMeansNoProblemFields() {
        assertFalse(Dissector.dissect(conversation()).messages().stream().anyMatch(m -> !m.problems().isEmpty()));
    }

    @Test
    void hixie75HandshakeIsNotJudgedByHixie76Rules() {
        byte[] request = ascii("GET /demo HTTP/1.1\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\nHost: example.com\r\n"
                + "Origin: http://example.com\r\n\r\n");
        byte[] response = ascii("HTTP/1.1 101 Web Socket Protocol Handshake\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n"
                + "WebSocket-Origin: http://example.com\r\nWebSocket-Location: ws://example.com/demo\r\n\r\n");
        List<Message> ms = Dissector.dissect(List.of(Chunk.of(C2S, request), Chunk.of(S2C, response),
                Chunk.of(C2S, hex("00 48 69 ff")))).messages();
        assertEquals(HandshakeKind.HIXIE75, ((HandshakeMessage) ms.get(0)).protocol());
        ms.forEach(m -> assertEquals(List.of(), m.problems(), m.root().value()));
        assertInstanceOf(LegacyFrameMessage.class, ms.get(2));
    }

    @Test
    void cutHixie76AnswerIsAHandshakeWithAProblem() {
        byte[] response = ascii("HTTP/1.1 101 WebSocket Protocol Handshake\r\nUpgrade: WebSocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Origin: http://example.com\r\n"
                + "Sec-WebSocket-Location: ws://example.com/demo\r\n\r\n8jKS");
        Message m = Dissector.dissect(List.of(Chunk.of(S2C, response))).messages().get(0);
        assertInstanceOf(HandshakeMessage.class, m);
        assertTrue(m.problems().stream().anyMatch(p -> p.rule().id().equals("legacy-response-short")), m.problems().toString());
    }

    @Test
    void malformedHeadCarriesTheRule() {
        Message m = Dissector.dissect(List.of(Chunk.of(C2S, ascii("GET /chat HTTP/1.1\r\nno colon here\r\n\r\n"))))
                .messages().get(0);
        assertInstanceOf(UndecodedBytes.class, m);
        assertEquals(HandshakeRule.HEAD_MALFORMED, m.problems().get(0).rule());
    }

    @Test
    void aProblemSitsOnTheBitFieldItConcerns() {
        Message m = Dissector.dissect(List.of(Chunk.of(S2C, hex("83 00")))).messages().get(0); // reserved opcode 3
        Field opcode = m.root().find("frame.opcode").orElseThrow();
        assertEquals(FrameRule.RESERVED_OPCODE, opcode.problems().get(0).rule());
        assertTrue(m.root().find("frame.fin").orElseThrow().problems().isEmpty());
        Message rsv = Dissector.dissect(List.of(Chunk.of(S2C, hex("a1 00")))).messages().get(0); // RSV2 set
        assertEquals(FrameRule.RSV_WITHOUT_EXTENSION, rsv.root().find("frame.rsv2").orElseThrow().problems().get(0).rule());
    }

    @Test
    void rsv2AndRsv3SetTogetherAreAProblemOnEachBit() {
        Message m = Dissector.dissect(List.of(Chunk.of(S2C, hex("b1 00")))).messages().get(0); // RSV2 and RSV3 set
        for (String bit : List.of("frame.rsv2", "frame.rsv3")) {
            Problem p = m.root().find(bit).orElseThrow().problems().get(0);
            assertEquals(FrameRule.RSV_WITHOUT_EXTENSION, p.rule());
            assertEquals(bit, p.field());
        }
        assertTrue(m.root().find("frame.rsv1").orElseThrow().problems().isEmpty());
    }

    @Test
    void aHixie76RequestCutInsideKey3IsAHandshakeWithItsProblem() {
        byte[] request = ascii("GET /chat HTTP/1.1\r\nHost: a\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n"
                + "Origin: http://a\r\nSec-WebSocket-Key1: 1 2\r\nSec-WebSocket-Key2: 3 4\r\n\r\n\u0001\u0002");
        Message m = Dissector.dissect(List.of(Chunk.of(C2S, request))).messages().get(0);
        assertEquals(Message.Kind.HANDSHAKE_REQUEST, m.kind());
        assertTrue(m.problems().stream().anyMatch(p -> p.rule() == wsinspector.legacy.LegacyRule.KEY3_MISSING),
                m.problems()::toString);
    }

    @Test
    void aLongMaskedPayloadIsPreviewedUnmasked() {
        byte[] body = new byte[200];
        new Random(7).nextBytes(body);
        byte[] key = hex("a1 b2 c3 d4");
        byte[] frame = wsinspector.protocol.FrameEncoder.encode(wsinspector.protocol.FrameSpec.binary(body).withMask(key));
        Message m = Dissector.dissect(List.of(Chunk.of(C2S, frame))).messages().get(0);
        assertEquals(Hex.preview(body), m.root().find("frame.payload.unmasked").orElseThrow().value());
        assertEquals(Hex.preview(body), m.root().find("frame.payload").orElseThrow().value());
        assertTrue(Hex.preview(body).endsWith(" …"));
    }
}
