package wsinspector.capture.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import wsinspector.capture.Capture;
import wsinspector.capture.CaptureReader;
import wsinspector.capture.CapturedConnection;
import wsinspector.capture.DumpException;
import wsinspector.dissect.ConnectionEventMessage;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.GapMessage;
import wsinspector.dissect.Message;
import wsinspector.dissect.Summaries;

/** The real captures of src/test/resources/wsinspector/capture/packets (see the README there). */
public final class PacketFixtures {
    /**
     * The WebSocket messages of tcp.stream 1 of ws-lo.pcap (the one conversation of the other files), as
     * {@code tshark -Y websocket -T fields -e tcp.srcport -e websocket.opcode -e text} lists them.
     */
    public static final List<String> STREAM_1_FRAMES = List.of(
            "c2s Text Hello", "s2c Text Hello",
            "c2s Text split over three segments", "s2c Text split over three segments",
            "c2s Text one", "c2s Text two", "s2c Text one", "s2c Text two",
            "c2s Ping ping", "s2c Pong ping", "c2s Close 1000", "s2c Close 1000");

    private PacketFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = PacketFixtures.class.getResourceAsStream("/wsinspector/capture/packets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Capture read(String name) throws DumpException {
        return CaptureReader.read(bytes(name), name, CaptureReader.Options.defaults());
    }

    public static Capture read(byte[] content) throws DumpException {
        return CaptureReader.read(content, "capture", CaptureReader.Options.defaults());
    }

    /** The frames of a conversation in the words of {@link #STREAM_1_FRAMES}. */
    public static List<String> frames(CapturedConnection c) {
        List<String> out = new ArrayList<>();
        for (Message m : c.dissect().messages()) {
            if (m instanceof FrameMessage f && f.header() != null && !f.frame().truncated()) {
                out.add(m.direction().code() + " " + Summaries.opcodeName(f.header().opcode()) + " " + payload(f));
            }
        }
        return out;
    }

    /** Every message of a conversation, one short line each: kind, direction, and what it is. */
    public static List<String> timeline(CapturedConnection c) {
        List<String> out = new ArrayList<>();
        for (Message m : c.dissect().messages()) {
            String what;
            if (m instanceof GapMessage g) {
                what = g.missingBytes() + " bytes missing @" + g.offset();
            } else if (m instanceof ConnectionEventMessage e) {
                what = e.event().code();
            } else if (m instanceof FrameMessage f) {
                what = f.header() == null ? "?" : Summaries.opcodeName(f.header().opcode())
                        + (f.frame().truncated() ? " truncated" : " " + payload(f));
            } else {
                what = "@" + m.offset();
            }
            out.add(m.direction().code() + " " + m.kind().code() + " " + what);
        }
        return out;
    }

    private static String payload(FrameMessage f) {
        byte[] p = f.frame().unmaskedPayload();
        if (f.header().opcode() == 8 && p.length >= 2) {
            return Integer.toString(((p[0] & 0xFF) << 8) | (p[1] & 0xFF));
        }
        return new String(p, StandardCharsets.UTF_8);
    }
}
