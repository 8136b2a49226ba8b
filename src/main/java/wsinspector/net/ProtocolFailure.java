package wsinspector.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import wsinspector.protocol.CloseCode;
import wsinspector.protocol.FrameRule;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * A peer broke a rule: the connection must be failed (RFC 6455 §7.1.7) with a close frame whose code says what
 * kind of rule (1002 framing, 1007 payload data, 1009 too big) and whose reason names the rule.
 */
final class ProtocolFailure extends IOException {
    /** A close frame's reason must fit its 125-byte payload after the 2-byte code (RFC 6455 §5.5). */
    static final int MAX_REASON_BYTES = 123;

    private final transient Problem problem;
    private final int closeCode;

    ProtocolFailure(Problem problem) {
        super(WireText.of(problem));
        this.problem = problem;
        this.closeCode = closeCodeFor(problem.rule());
    }

    Rule rule() {
        return problem.rule();
    }

    /** The broken rule as data, for whoever shows it to a person in their language. */
    Problem problem() {
        return problem;
    }

    int closeCode() {
        return closeCode;
    }

    /** The close frame's reason: the rule's id and section, then what was seen, cut to 123 bytes of UTF-8. */
    String closeReason() {
        return fitReason(getMessage());
    }

    /** The status code for breaking {@code rule} (RFC 6455 §7.4.1). */
    static int closeCodeFor(Rule rule) {
        if (rule instanceof FrameRule f) {
            switch (f) {
                case TEXT_INVALID_UTF8, TEXT_INCOMPLETE_UTF8, CLOSE_REASON_INVALID_UTF8, INFLATE_FAILED:
                    return CloseCode.INVALID_PAYLOAD_DATA.code();
                case MESSAGE_TOO_BIG, INFLATE_LIMIT_EXCEEDED:
                    return CloseCode.MESSAGE_TOO_BIG.code();
                case TOO_MANY_FRAGMENTS:
                    return CloseCode.POLICY_VIOLATION.code();
                default:
                    return CloseCode.PROTOCOL_ERROR.code();
            }
        }
        return CloseCode.PROTOCOL_ERROR.code();
    }

    /** Cuts {@code reason} to at most 123 bytes of UTF-8, at a character boundary. */
    static String fitReason(String reason) {
        if (reason.getBytes(StandardCharsets.UTF_8).length <= MAX_REASON_BYTES) {
            return reason;
        }
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < reason.length(); ) {
            int cp = reason.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_REASON_BYTES - 3) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return sb.append("...").toString();
    }
}
