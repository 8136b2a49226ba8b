package wsinspector.legacy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds the text of a legacy handshake, line by line, CRLF-terminated (both drafts send UTF-8). */
final class HandshakeText {

    private final StringBuilder text = new StringBuilder();

    HandshakeText(String startLine) {
        line(startLine);
    }

    HandshakeText header(String name, String value) {
        return line(name + ": " + value);
    }

    HandshakeText optional(String name, String valueOrNull) {
        return valueOrNull == null ? this : header(name, valueOrNull);
    }

    /** The head, the blank line, then {@code body}. */
    byte[] end(byte[] body) {
        line("");
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + body.length);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private HandshakeText line(String line) {
        text.append(line).append("\r\n");
        return this;
    }
}
