package wsinspector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import wsinspector.capture.ConversationRow;
import wsinspector.explain.Explanations;

/**
 * {@code decode --list}: the TCP connections of a capture, one per line, numbered as Wireshark's
 * {@code tcp.stream}; with {@code --json}, one object per connection.
 */
final class ConnectionList {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private final Explanations words;
    private final PrintWriter out;
    private final boolean json;

    ConnectionList(Explanations words, PrintWriter out, boolean json) {
        this.words = words;
        this.out = out;
        this.json = json;
    }

    void print(List<ConversationRow> rows) {
        if (json) {
            rows.forEach(this::jsonLine);
            return;
        }
        out.println(words.text("cli.list.header"));
        for (ConversationRow r : rows) {
            out.printf("%6d  %-24s %-24s %-10s %8d %10d  %s%n", r.stream(), endpoint(r.client()), endpoint(r.server()), r.protocol(),
                    r.messages(), r.bytes(), r.startNanos() == 0 ? "-" : TIME.format(Instant.ofEpochSecond(0, r.startNanos())));
        }
    }

    /** A byte stream's dump names no endpoints: "-", as for a time the source did not record. */
    private static String endpoint(Object e) {
        return e == null ? "-" : e.toString();
    }

    private void jsonLine(ConversationRow r) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("stream", r.stream());
            // a byte stream's dump names no endpoints, a HAR only its server
            if (r.client() != null) {
                g.writeStringField("client", r.client().toString());
            }
            if (r.server() != null) {
                g.writeStringField("server", r.server().toString());
            }
            g.writeStringField("protocol", r.protocol());
            g.writeNumberField("messages", r.messages());
            g.writeNumberField("bytes", r.bytes());
            if (r.startNanos() != 0) {
                g.writeFieldName("time");
                g.writeNumber(BigDecimal.valueOf(r.startNanos(), 9));
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
