package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.protocol.HandshakeTexts.RFC_REQUEST;
import static wsinspector.protocol.HandshakeTexts.RFC_RESPONSE;
import static wsinspector.protocol.HandshakeTexts.head;
import static wsinspector.protocol.HandshakeTexts.parse;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import wsinspector.protocol.HttpHeadParser.ParseResult;

/**
 * One case per rule: the RFC 6455 §1.2 request or response with one change that breaks exactly
 * that rule, found at the offset of {@code marker} (its last occurrence; null = the last byte of
 * the head, where a missing field is reported). The heads start at stream offset 1000.
 */
class HandshakeRuleTest {
    private static final long AT = 1000;

    record Case(HandshakeRule rule, String text, boolean response, String marker, List<HandshakeRule> also) {
        int expectedOffset() {
            return marker == null ? text.length() - 1 : text.lastIndexOf(marker);
        }

        @Override
        public String toString() {
            return rule.id() + (marker == null ? " (missing)" : " at \"" + marker.strip() + "\"");
        }
    }

    private static Case req(HandshakeRule rule, String from, String to, String marker) {
        return new Case(rule, RFC_REQUEST.replace(from, to), false, marker, List.of());
    }

    private static Case res(HandshakeRule rule, String from, String to, String marker) {
        return new Case(rule, RFC_RESPONSE.replace(from, to), true, marker, List.of());
    }

    private static final String END = "\r\n\r\n";

    static Stream<Case> cases() {
        return Stream.of(
                req(HandshakeRule.REQUEST_METHOD_NOT_GET, "GET ", "POST ", "POST"),
                req(HandshakeRule.REQUEST_HTTP_VERSION, "HTTP/1.1", "HTTP/1.0", "HTTP/1.0"),
                req(HandshakeRule.REQUEST_TARGET_INVALID, "GET /chat", "GET chat", "chat HTTP"),
                req(HandshakeRule.REQUEST_TARGET_INVALID, "GET /chat", "GET /chat#top", "/chat#top"),
                req(HandshakeRule.REQUEST_HOST_MISSING, "Host: server.example.com\r\n", "", null),
                req(HandshakeRule.REQUEST_UPGRADE_MISSING, "Upgrade: websocket", "Upgrade: h2c", "h2c"),
                req(HandshakeRule.REQUEST_UPGRADE_MISSING, "Upgrade: websocket\r\n", "", null),
                req(HandshakeRule.REQUEST_CONNECTION_MISSING_UPGRADE, "Connection: Upgrade", "Connection: keep-alive", "keep-alive"),
                req(HandshakeRule.REQUEST_KEY_MISSING, "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n", "", null),
                req(HandshakeRule.REQUEST_KEY_INVALID, "dGhlIHNhbXBsZSBub25jZQ==", "dGhlIHNhbXBsZSBub25jZQ", "dGhl"),
                req(HandshakeRule.REQUEST_KEY_INVALID, "dGhlIHNhbXBsZSBub25jZQ==", "c2hvcnQ=", "c2hvcnQ="),
                req(HandshakeRule.REQUEST_VERSION_MISSING, "Sec-WebSocket-Version: 13\r\n", "", null),
                req(HandshakeRule.REQUEST_VERSION_UNSUPPORTED, "Version: 13", "Version: 8", "8\r\n"),
                req(HandshakeRule.REQUEST_HEADER_REPEATED, END, "\r\nSec-WebSocket-Version: 13" + END, "Sec-WebSocket-Version"),
                req(HandshakeRule.REQUEST_HEADER_REPEATED, END,
                        "\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==" + END, "Sec-WebSocket-Key"),
                req(HandshakeRule.REQUEST_SUBPROTOCOL_INVALID, "chat, superchat", "chat, sup/er", "sup/er"),
                req(HandshakeRule.REQUEST_SUBPROTOCOL_INVALID, "chat, superchat", "chat,, superchat", ", superchat"),
                req(HandshakeRule.REQUEST_SUBPROTOCOL_REPEATED, "chat, superchat", "chat, superchat, chat", "chat"),
                req(HandshakeRule.ORIGIN_MISSING, "Origin: http://example.com\r\n", "", null),
                req(HandshakeRule.HEAD_MALFORMED, "Upgrade: websocket", "Upgrade websocket", "Upgrade websocket"),
                req(HandshakeRule.HEAD_MALFORMED, "server.example", "s\u00e9rver.example", "\u00e9"),
                req(HandshakeRule.HEAD_BARE_LF, "HTTP/1.1\r\n", "HTTP/1.1\n", "\nHost"),
                req(HandshakeRule.HEAD_BARE_LF, "Upgrade\r\n", "Upgrade\n", "\nSec-WebSocket-Key"),

                res(HandshakeRule.RESPONSE_STATUS_NOT_101, "101 Switching Protocols", "200 OK", "200"),
                res(HandshakeRule.RESPONSE_UPGRADE_MISSING, "Upgrade: websocket\r\n", "", null),
                res(HandshakeRule.RESPONSE_UPGRADE_MISSING, "Upgrade: websocket", "Upgrade: websocket, h2c", "websocket, h2c"),
                res(HandshakeRule.RESPONSE_CONNECTION_MISSING_UPGRADE, "Connection: Upgrade", "Connection: close", "close"),
                res(HandshakeRule.RESPONSE_ACCEPT_MISSING, "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n", "", null),
                res(HandshakeRule.RESPONSE_ACCEPT_MISMATCH, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", "hsBlbuDTkk24srzEOTBUlZAlC2g=", "hsBl"),
                res(HandshakeRule.RESPONSE_SUBPROTOCOL_NOT_OFFERED, "Protocol: chat", "Protocol: mqtt", "mqtt"),
                res(HandshakeRule.RESPONSE_SUBPROTOCOL_NOT_OFFERED, "Protocol: chat", "Protocol: chat, superchat", "chat, superchat"),
                res(HandshakeRule.RESPONSE_EXTENSION_NOT_OFFERED, END,
                        "\r\nSec-WebSocket-Extensions: permessage-deflate" + END, "permessage-deflate"),
                res(HandshakeRule.RESPONSE_HEADER_REPEATED, END,
                        "\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=" + END, "Sec-WebSocket-Accept"),
                res(HandshakeRule.RESPONSE_HEADER_REPEATED, END, "\r\nSec-WebSocket-Protocol: chat" + END, "Sec-WebSocket-Protocol"),
                // A 426 is also a refusal (not 101); the missing version list is the second problem.
                new Case(HandshakeRule.RESPONSE_VERSION_426, "HTTP/1.1 426 Upgrade Required\r\nContent-Length: 0\r\n\r\n",
                        true, null, List.of(HandshakeRule.RESPONSE_STATUS_NOT_101)),
                res(HandshakeRule.HEAD_BARE_LF, "Protocols\r\n", "Protocols\n", "\nUpgrade"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseBreaksExactlyItsRule(Case c) {
        List<Problem> problems = check(c);
        Set<HandshakeRule> expected = EnumSet.of(c.rule());
        expected.addAll(c.also());
        assertEquals(expected, problems.stream().map(p -> (HandshakeRule) p.rule()).collect(Collectors.toSet()),
                () -> problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        Problem p = problems.stream().filter(x -> x.rule() == c.rule()).findFirst().orElseThrow();
        assertEquals(AT + c.expectedOffset(), p.offset(), p::toString);
        assertNotNull(p.detail(), "what was seen");
    }

    @Test
    void everyRuleHasACase() {
        Set<HandshakeRule> covered = cases().map(Case::rule).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(HandshakeRule.class), covered);
    }

    @Test
    void rfcExampleIsClean() {
        assertEquals(List.of(), OpeningHandshake.validateRequest(head(RFC_REQUEST), AT));
        assertEquals(List.of(), OpeningHandshake.validateResponse(head(RFC_RESPONSE), AT, head(RFC_REQUEST)));
    }

    @Test
    void withoutTheRequestTheAcceptIsNotChecked() {
        String wrongAccept = RFC_RESPONSE.replace("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", "hsBlbuDTkk24srzEOTBUlZAlC2g=");
        assertEquals(List.of(), OpeningHandshake.validateResponse(head(wrongAccept), AT, null));
    }

    @Test
    void upgradeRequiredWithVersionIsOnlyARefusal() {
        HttpHead h = head(new String(OpeningHandshake.buildUpgradeRequired(), java.nio.charset.StandardCharsets.ISO_8859_1));
        List<Problem> problems = OpeningHandshake.validateResponse(h, 0, head(RFC_REQUEST.replace("Version: 13", "Version: 8")));
        assertEquals(List.of(HandshakeRule.RESPONSE_STATUS_NOT_101), problems.stream().map(Problem::rule).toList());
        assertEquals(9, problems.get(0).offset()); // "426" after "HTTP/1.1 "
    }

    @ParameterizedTest
    @EnumSource(HandshakeRule.class)
    void everyRuleNamesItsSection(HandshakeRule rule) {
        assertTrue(rule.section().startsWith("RFC "), rule.section());
        assertTrue(rule.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), rule.id());
    }

    @Test
    void severitiesOfTheGentleRules() {
        assertEquals(Rule.Severity.INFO, HandshakeRule.ORIGIN_MISSING.severity());
        assertEquals(Rule.Severity.WARNING, HandshakeRule.HEAD_BARE_LF.severity());
        assertEquals(Rule.Severity.ERROR, HandshakeRule.RESPONSE_ACCEPT_MISMATCH.severity());
        assertEquals("request-connection-missing-upgrade", HandshakeRule.REQUEST_CONNECTION_MISSING_UPGRADE.id());
    }

    private static List<Problem> check(Case c) {
        ParseResult result = parse(c.text());
        if (result instanceof ParseResult.Malformed m) {
            return List.of(OpeningHandshake.problemOf(m, AT));
        }
        HttpHead h = ((ParseResult.Complete) result).head();
        return c.response()
                ? OpeningHandshake.validateResponse(h, AT, head(RFC_REQUEST))
                : OpeningHandshake.validateRequest(h, AT);
    }
}
