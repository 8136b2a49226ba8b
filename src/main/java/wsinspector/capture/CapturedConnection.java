package wsinspector.capture;

import java.util.ArrayList;
import java.util.List;
import wsinspector.capture.packet.Endpoint;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.dissect.Transcript;

/**
 * One conversation of an input: a TCP connection of a packet capture (numbered as Wireshark's
 * {@code tcp.stream}), or the whole byte stream of a dump (stream 0, no endpoints).
 *
 * @param client     the connection's client, null for a dump
 * @param server     its server, null for a dump
 * @param startNanos the time of its first packet, 0 when the source has no time
 * @param webSocket  whether it holds a WebSocket upgrade request, or its server port is the one the user named;
 *                   a dump is always taken as WebSocket
 * @param pieces     its bytes, gaps and TCP events in capture order
 */
public record CapturedConnection(int stream, Endpoint client, Endpoint server, long startNanos, boolean webSocket,
                                 List<StreamPiece> pieces) {
    public CapturedConnection {
        pieces = List.copyOf(pieces);
    }

    /** The bytes it carried, both directions. */
    public long bytes() {
        long n = 0;
        for (StreamPiece p : pieces) {
            if (p instanceof StreamPiece.Data d) {
                n += d.chunk().bytes().length;
            }
        }
        return n;
    }

    public Transcript dissect(Dissector.Options options) {
        List<Message> messages = new ArrayList<>();
        Dissector dissector = new Dissector(messages::add, options);
        pieces.forEach(p -> p.feed(dissector));
        dissector.finish();
        return dissector.snapshot(messages);
    }

    public Transcript dissect() {
        return dissect(Dissector.Options.defaults());
    }
}
