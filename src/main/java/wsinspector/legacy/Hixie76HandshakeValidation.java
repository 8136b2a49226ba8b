package wsinspector.legacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import wsinspector.protocol.Problem;

/** The checks behind {@link Hixie76Handshake#validateRequest} and {@link Hixie76Handshake#validateResponse}. */
final class Hixie76HandshakeValidation {

    private static final HexFormat HEX = HexFormat.of();

    private Hixie76HandshakeValidation() {
    }

    static List<Problem> request(Function<String, Optional<String>> header, byte[] key3, long offset) {
        List<Problem> problems = new ArrayList<>();
        // A server reads these leniently (§5.1): compare without regard to case.
        String upgrade = header.apply("Upgrade").orElse("");
        if (!upgrade.equalsIgnoreCase("WebSocket")) {
            problems.add(new Problem(LegacyRule.UPGRADE_INVALID, -1, "Upgrade: \"" + upgrade + "\""));
        }
        String connection = header.apply("Connection").orElse("");
        if (!hasToken(connection, "upgrade")) {
            problems.add(new Problem(LegacyRule.CONNECTION_INVALID, -1, "Connection: \"" + connection + "\""));
        }
        if (header.apply("Host").isEmpty()) {
            problems.add(new Problem(LegacyRule.HOST_MISSING, -1, "no Host header"));
        }
        if (header.apply("Origin").isEmpty()) {
            problems.add(new Problem(LegacyRule.ORIGIN_MISSING, -1, "no Origin header"));
        }
        key(header, "Sec-WebSocket-Key1", problems);
        key(header, "Sec-WebSocket-Key2", problems);
        int got = key3 == null ? 0 : key3.length;
        if (got < Hixie76Handshake.KEY3_LENGTH) {
            problems.add(new Problem(LegacyRule.KEY3_MISSING, offset,
                    got + " of " + Hixie76Handshake.KEY3_LENGTH + " bytes after the blank line"));
        }
        return problems;
    }

    static List<Problem> response(Function<String, Optional<String>> header, byte[] body, Challenge expected,
                                  long offset) {
        List<Problem> problems = new ArrayList<>();
        // The client compares these two fields byte for byte (§4.1).
        String upgrade = header.apply("Upgrade").orElse("");
        if (!upgrade.equals("WebSocket")) {
            problems.add(new Problem(LegacyRule.UPGRADE_INVALID, -1, "Upgrade: \"" + upgrade + "\""));
        }
        String connection = header.apply("Connection").orElse("");
        if (!connection.equals("Upgrade")) {
            problems.add(new Problem(LegacyRule.CONNECTION_INVALID, -1, "Connection: \"" + connection + "\""));
        }
        if (header.apply("Sec-WebSocket-Origin").isEmpty()) {
            problems.add(new Problem(LegacyRule.ORIGIN_MISSING, -1, "no Sec-WebSocket-Origin header"));
        }
        if (header.apply("Sec-WebSocket-Location").isEmpty()) {
            problems.add(new Problem(LegacyRule.LOCATION_MISSING, -1, "no Sec-WebSocket-Location header"));
        }
        body(body, expected, offset, problems);
        return problems;
    }

    private static void key(Function<String, Optional<String>> header, String name, List<Problem> problems) {
        Optional<String> key = header.apply(name);
        if (key.isEmpty()) {
            problems.add(new Problem(LegacyRule.KEY_MISSING, -1, "no " + name + " header"));
            return;
        }
        for (Problem p : Hixie76Handshake.keyNumber(key.get()).problems()) {
            problems.add(new Problem(p.rule(), -1, name + ": " + p.detail()));
        }
    }

    private static void body(byte[] body, Challenge expected, long offset, List<Problem> problems) {
        int got = body == null ? 0 : body.length;
        if (got < Hixie76Handshake.RESPONSE_LENGTH) {
            problems.add(new Problem(LegacyRule.RESPONSE_SHORT, offset,
                    got + " of " + Hixie76Handshake.RESPONSE_LENGTH + " bytes after the blank line"));
            return;
        }
        if (expected == null) {
            return;
        }
        byte[] response = Arrays.copyOf(body, Hixie76Handshake.RESPONSE_LENGTH);
        if (!Arrays.equals(response, expected.response())) {
            problems.add(new Problem(LegacyRule.RESPONSE_MISMATCH, offset,
                    "expected " + HEX.formatHex(expected.response()) + ", got " + HEX.formatHex(response)));
        }
    }

    private static boolean hasToken(String list, String token) {
        for (String part : list.split(",")) {
            if (part.trim().toLowerCase(Locale.ROOT).equals(token)) {
                return true;
            }
        }
        return false;
    }
}
