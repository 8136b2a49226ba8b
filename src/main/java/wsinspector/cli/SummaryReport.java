package wsinspector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import wsinspector.capture.ConversationTally;
import wsinspector.capture.DumpFormat;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Message;
import wsinspector.explain.Explanations;
import wsinspector.protocol.Rule;

/**
 * {@code decode --summary}: per conversation, messages by kind and direction, bytes, problems by rule and
 * time span, from the index alone (no field tree is built). As text in the reader's language, or with
 * {@code --json} one object per conversation.
 */
final class SummaryReport implements Listing {
    private final Explanations words;
    private final PrintWriter out;
    private final boolean json;
    private final Map<Integer, ConversationTally> conversations = new TreeMap<>();
    private String fileName;
    private DumpFormat format;

    SummaryReport(Explanations words, PrintWriter out, boolean json) {
        this.words = words;
        this.out = out;
        this.json = json;
    }

    @Override
    public void begin(String name, DumpFormat dumpFormat) {
        this.fileName = name;
        this.format = dumpFormat;
    }

    /** A message of a byte dump, which is one conversation. */
    @Override
    public void message(Message m) {
        conversations.computeIfAbsent(0, n -> new ConversationTally()).accept(m);
    }

    /** The tally of a capture's connection, numbered as Wireshark's {@code tcp.stream}. */
    void conversation(int stream, ConversationTally tally) {
        conversations.put(stream, tally);
    }

    @Override
    public void end() {
        if (json) {
            conversations.forEach(this::json);
        } else {
            String name = words.find("cli.format." + format.name());
            out.printf("# %s: %s%n", fileName, name != null ? name : format.toolName());
            conversations.forEach(this::text);
        }
        out.flush();
    }

    private void text(int number, ConversationTally t) {
        out.println();
        out.println(words.text("cli.summary.conversation", number, t.messageCount(), t.bytes()));
        out.printf("  %-20s %12s %12s%n", "", Direction.CLIENT_TO_SERVER.code(), Direction.SERVER_TO_CLIENT.code());
        for (Message.Kind kind : t.kinds()) {
            out.printf("  %-20s %12d %12d%n", words.text("cli.kind." + kind.code()), t.messages(kind, Direction.CLIENT_TO_SERVER),
                    t.messages(kind, Direction.SERVER_TO_CLIENT));
        }
        out.printf("  %-20s %12d %12d%n", words.text("cli.bytes"), t.bytes(Direction.CLIENT_TO_SERVER),
                t.bytes(Direction.SERVER_TO_CLIENT));
        if (t.problems().isEmpty()) {
            out.println("  " + words.text("cli.summary.noProblems"));
        } else {
            out.println("  " + words.text("cli.summary.problems"));
            // The severity word keeps a remark (no Origin: not a browser) apart from a broken MUST, as the window does.
            t.problems().forEach((rule, count) -> out.printf("  %12d  %s (%s) %s: %s%n", count, rule.id(), rule.section(),
                    words.text("severity." + rule.severity().code()), words.text("verdict." + rule.id())));
        }
        if (t.timed()) {
            out.println("  " + words.text("cli.summary.time", instant(t.firstNanos()), instant(t.lastNanos()),
                    EpochSeconds.of(t.lastNanos() - t.firstNanos())));
        } else {
            out.println("  " + words.text("cli.summary.noTime"));
        }
    }

    private static String instant(long nanos) {
        return Instant.ofEpochSecond(0, nanos).toString();
    }

    private void json(int number, ConversationTally t) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setRootValueSeparator(null);
            g.writeStartObject();
            g.writeNumberField("stream", number);
            g.writeStringField("format", format.toolName());
            g.writeNumberField("messageCount", t.messageCount());
            g.writeObjectFieldStart("messages");
            for (Message.Kind kind : t.kinds()) {
                g.writeObjectFieldStart(kind.code());
                for (Direction d : Direction.values()) {
                    g.writeNumberField(d.code(), t.messages(kind, d));
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("bytes");
            for (Direction d : Direction.values()) {
                g.writeNumberField(d.code(), t.bytes(d));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("problems");
            for (Map.Entry<Rule, Long> e : t.problems().entrySet()) {
                g.writeNumberField(e.getKey().id(), e.getValue());
            }
            g.writeEndObject();
            if (t.timed()) {
                g.writeFieldName("firstTime");
                g.writeNumber(EpochSeconds.of(t.firstNanos()));
                g.writeFieldName("lastTime");
                g.writeNumber(EpochSeconds.of(t.lastNanos()));
            }
            g.writeEndObject();
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
    }
}
