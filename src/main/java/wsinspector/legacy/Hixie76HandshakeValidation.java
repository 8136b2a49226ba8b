package wsinspector.legacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import wsinspector.protocol.Phrase;
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
            problems.add(Problem.of(LegacyRule.UPGRADE_INVALID, -1, "header.Upgrade", upgrade));
        }
        String connection = header.apply("Connection").orElse("");
        if (!hasToken(connection, "upgrade")) {
            problems.add(Problem.of(LegacyRule.CONNECTION_INVALID, -1, "header.Connection", connection));
        }
        if (header.apply("Host").isEmpty()) {
            problems.add(absent(LegacyRule.HOST_MISSING, "Host"));
        }
        if (header.apply("Origin").isEmpty()) {
            problems.add(absent(LegacyRule.ORIGIN_MISSING, "Origin"));
        }
        key(header, "Sec-WebSocket-Key1", problems);
        key(header, "Sec-WebSocket-Key2", problems);
        int got = key3 == null ? 0 : key3.length;
        if (got < Hixie76Handshake.KEY3_LENGTH) {
            problems.add(Problem.of(LegacyRule.KEY3_MISSING, offset, null, got, Hixie76Handshake.KEY3_LENGTH));
        }
        return problems;
    }

    static List<Problem> response(Function<String, Optional<String>> header, byte[] body, Challenge expected,
                                  long offset) {
        List<Problem> problems = new ArrayList<>();
        // The client compares these two fields byte for byte (§4.1).
        String upgrade = header.apply("Upgrade").orElse("");
        if (!upgrade.equals("WebSocket")) {
            problems.add(Problem.of(LegacyRule.UPGRADE_INVALID, -1, "header.Upgrade", upgrade));
        }
        String connection = header.apply("Connection").orElse("");
        if (!connection.equals("Upgrade")) {
            problems.add(Problem.of(LegacyRule.CONNECTION_INVALID, -1, "header.Connection", connection));
        }
        if (header.apply("Sec-WebSocket-Origin").isEmpty()) {
            problems.add(absent(LegacyRule.ORIGIN_MISSING, "Sec-WebSocket-Origin"));
        }
        if (header.apply("Sec-WebSocket-Location").isEmpty()) {
            problems.add(absent(LegacyRule.LOCATION_MISSING, "Sec-WebSocket-Location"));
        }
        body(body, expected, offset, problems);
        return problems;
    }

    private static void key(Function<String, Optional<String>> header, String name, List<Problem> problems) {
        Optional<String> key = header.apply(name);
        if (key.isEmpty()) {
            problems.add(absent(LegacyRule.KEY_MISSING, name));
            return;
        }
        for (Problem p : Hixie76Handshake.keyNumber(key.get()).problems()) {
            problems.add(new Problem(p.rule(), -1, "header." + name, Phrase.of("detail.legacy.key", name, p.detail())));
        }
    }

    private static void body(byte[] body, Challenge expected, long offset, List<Problem> problems) {
        int got = body == null ? 0 : body.length;
        if (got < Hixie76Handshake.RESPONSE_LENGTH) {
            problems.add(Problem.of(LegacyRule.RESPONSE_SHORT, offset, null, got, Hixie76Handshake.RESPONSE_LENGTH));
            return;
        }
        if (expected == null) {
            return;
        }
        byte[] response = Arrays.copyOf(body, Hixie76Handshake.RESPONSE_LENGTH);
        if (!Arrays.equals(response, expected.response())) {
            problems.add(Problem.of(LegacyRule.RESPONSE_MISMATCH, offset, "hixie.response",
                    HEX.formatHex(expected.response()), HEX.formatHex(response)));
        }
    }

    /** A header the draft requires is absent; tied to no byte (the head's field tree has no place for it). */
    private static Problem absent(LegacyRule rule, String name) {
        return new Problem(rule, -1, null, Phrase.of("detail.header.absent", name));
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
