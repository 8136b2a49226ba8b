package wsinspector.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.legacy.Bytes.decode;
import static wsinspector.legacy.Bytes.hex;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import wsinspector.protocol.Problem;

/** Every rule, broken once, reported at the byte where it went wrong. */
class LegacyRuleTest {

    private static final byte[] KEY3 = "^n:ds[4U".getBytes(StandardCharsets.US_ASCII);
    private static final Challenge VECTOR =
            Hixie76Handshake.challenge("4 @1  46546xW%0l 1 5", "12998 5 Y3 1  .P00", KEY3);

    static Stream<Arguments> cases() {
        return Stream.of(
                // frames; each stream starts with a fine frame so that offsets are not all zero
                frames(LegacyRule.TEXT_INVALID_UTF8, 5, "00 48 ff 00 41 c0 80 ff"), // overlong NUL at 5
                frames(LegacyRule.TEXT_INVALID_UTF8, 5, "00 48 ff 00 ed a0 80 ff"), // surrogate: a0 at 5
                frames(LegacyRule.TEXT_INVALID_UTF8, 5, "00 48 ff 00 ce ff"),       // "κ" cut by the sentinel
                frames(LegacyRule.TEXT_UNTERMINATED, 3, "00 48 ff 00 48 65"),
                frames(LegacyRule.LENGTH_TRUNCATED, 3, "00 48 ff 80 05 01 02"),
                frames(LegacyRule.LENGTH_TRUNCATED, 3, "00 48 ff 80 81"),           // ends inside the length
                frames(LegacyRule.LENGTH_TOO_LARGE, 4, "00 48 ff 80 88 80 80 80 00 41"), // 2^31
                frames(LegacyRule.LENGTH_TOO_LARGE, 4, "00 48 ff 80" + " 81".repeat(10) + " 01"),
                frames(LegacyRule.UNKNOWN_FRAME_TYPE, 3, "00 48 ff 01 41 ff"),
                frames(LegacyRule.UNKNOWN_FRAME_TYPE, 3, "00 48 ff 81 01 41"),
                frames(LegacyRule.UNKNOWN_FRAME_TYPE, 3, "00 48 ff ff 01 41"),       // 0xff with a length
                frames(LegacyRule.CLOSE_AFTER_CLOSE, 5, "00 48 ff ff 00 00 48 ff"),
                // request
                request(LegacyRule.KEY_MISSING, -1, without("Sec-WebSocket-Key2"), KEY3),
                request(LegacyRule.KEY_NO_SPACES, -1, with("Sec-WebSocket-Key1", "12345"), KEY3),
                request(LegacyRule.KEY_NOT_DIVISIBLE, -1, with("Sec-WebSocket-Key1", "1 2 3"), KEY3), // 123 / 2
                request(LegacyRule.KEY_OUT_OF_RANGE, -1, with("Sec-WebSocket-Key2", "9999999999 "), KEY3),
                request(LegacyRule.KEY3_MISSING, 180, request(), hex("0102030405")),
                request(LegacyRule.KEY3_MISSING, 180, request(), null),
                request(LegacyRule.ORIGIN_MISSING, -1, without("Origin"), KEY3),
                request(LegacyRule.HOST_MISSING, -1, without("Host"), KEY3),
                request(LegacyRule.UPGRADE_INVALID, -1, with("Upgrade", "websocket2"), KEY3),
                request(LegacyRule.CONNECTION_INVALID, -1, with("Connection", "keep-alive"), KEY3),
                // response
                response(LegacyRule.ORIGIN_MISSING, -1, withoutInResponse("Sec-WebSocket-Origin"), VECTOR.response()),
                response(LegacyRule.LOCATION_MISSING, -1, withoutInResponse("Sec-WebSocket-Location"),
                        VECTOR.response()),
                response(LegacyRule.UPGRADE_INVALID, -1, withInResponse("Upgrade", "websocket"), VECTOR.response()),
                response(LegacyRule.CONNECTION_INVALID, -1, withInResponse("Connection", "upgrade"),
                        VECTOR.response()),
                response(LegacyRule.RESPONSE_SHORT, 150, response(), hex("01".repeat(15))),
                response(LegacyRule.RESPONSE_MISMATCH, 150, response(), hex("00".repeat(16))));
    }

    @ParameterizedTest(name = "[{index}] {0} at {1}")
    @MethodSource("cases")
    void ruleIsReportedAtItsOffset(LegacyRule rule, long offset, Supplier<List<Problem>> check) {
        List<Problem> problems = check.get();
        assertTrue(problems.stream().anyMatch(p -> p.rule() == rule && p.offset() == offset),
                () -> "expected " + rule.id() + " at " + offset + ", got " + problems);
    }

    @Test
    void everyRuleHasACase() {
        Set<LegacyRule> covered = cases().map(a -> (LegacyRule) a.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LegacyRule.class)));
        assertEquals(EnumSet.allOf(LegacyRule.class), covered);
    }

    @Test
    void fineRequestAndResponseHaveNoProblems() {
        assertEquals(List.of(), Hixie76Handshake.validateRequest(Bytes.headers(request()), KEY3, 180));
        assertEquals(List.of(), Hixie76Handshake.validateResponse(Bytes.headers(response()), VECTOR.response(),
                VECTOR, 150));
    }

    @ParameterizedTest
    @EnumSource(LegacyRule.class)
    void ruleNamesItsDraft(LegacyRule rule) {
        // Its sentence is in the bundles (VerdictsTest), not here.
        assertTrue(rule.id().startsWith("legacy-") && rule.id().equals(rule.id().toLowerCase()), rule.id());
        assertTrue(rule.section().matches("draft-hixie-7[56] §\\d(\\.\\d)?"), rule.section());
    }

    private static Arguments frames(LegacyRule rule, long offset, String hex) {
        Supplier<List<Problem>> check = () -> LegacyFrameValidator.validateAll(decode(hex(hex)));
        return Arguments.of(rule, offset, check);
    }

    private static Arguments request(LegacyRule rule, long offset, Map<String, String> headers, byte[] key3) {
        Supplier<List<Problem>> check = () -> Hixie76Handshake.validateRequest(Bytes.headers(headers), key3, offset < 0 ? 180 : offset);
        return Arguments.of(rule, offset, check);
    }

    private static Arguments response(LegacyRule rule, long offset, Map<String, String> headers, byte[] body) {
        Supplier<List<Problem>> check = () -> Hixie76Handshake.validateResponse(Bytes.headers(headers), body, VECTOR,
                offset < 0 ? 150 : offset);
        return Arguments.of(rule, offset, check);
    }

    private static Map<String, String> request() {
        Map<String, String> h = new HashMap<>();
        h.put("Upgrade", "WebSocket");
        h.put("Connection", "Upgrade");
        h.put("Host", "example.com");
        h.put("Origin", "http://example.com");
        h.put("Sec-WebSocket-Key1", "4 @1  46546xW%0l 1 5");
        h.put("Sec-WebSocket-Key2", "12998 5 Y3 1  .P00");
        return h;
    }

    private static Map<String, String> response() {
        Map<String, String> h = new HashMap<>();
        h.put("Upgrade", "WebSocket");
        h.put("Connection", "Upgrade");
        h.put("Sec-WebSocket-Origin", "http://example.com");
        h.put("Sec-WebSocket-Location", "ws://example.com/demo");
        return h;
    }

    private static Map<String, String> without(String name) {
        Map<String, String> h = request();
        h.remove(name);
        return h;
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> h = request();
        h.put(name, value);
        return h;
    }

    private static Map<String, String> withoutInResponse(String name) {
        Map<String, String> h = response();
        h.remove(name);
        return h;
    }

    private static Map<String, String> withInResponse(String name, String value) {
        Map<String, String> h = response();
        h.put(name, value);
        return h;
    }
}
