package wsinspector.ui.live;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import wsinspector.dissect.Direction;
import wsinspector.net.Source;
import wsinspector.net.TapEvent;
import wsinspector.net.TapListener;

/** Test helper: what a LiveSession's tap listener heard, per connection and direction. Thread-safe. */
final class Recorder implements TapListener {
    /** One recorded connection. */
    static final class Conn {
        final Source source;
        final ByteArrayOutputStream c2s = new ByteArrayOutputStream();
        final ByteArrayOutputStream s2c = new ByteArrayOutputStream();
        int closeCode = Integer.MIN_VALUE;

        Conn(Source source) {
            this.source = source;
        }
    }

    /** A connection is named by its source and id together (each source numbers its own). */
    private record Key(Source source, long id) {
    }

    private final Map<Key, Conn> connections = new LinkedHashMap<>();
    private final List<TapEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvents(List<TapEvent> batch) {
        for (TapEvent e : batch) {
            events.add(e);
            if (e instanceof TapEvent.Opened o) {
                connections.put(new Key(o.source(), o.connection()), new Conn(o.source()));
            } else if (e instanceof TapEvent.Bytes b) {
                Conn c = connections.computeIfAbsent(new Key(b.source(), b.connection()), k -> new Conn(b.source()));
                (b.chunk().direction() == Direction.CLIENT_TO_SERVER ? c.c2s : c.s2c).writeBytes(b.chunk().bytes());
            } else if (e instanceof TapEvent.Closed cl) {
                Conn c = connections.get(new Key(cl.source(), cl.connection()));
                if (c != null) {
                    c.closeCode = cl.closeCode();
                }
            }
        }
    }

    synchronized int connectionCount() {
        return connections.size();
    }

    synchronized List<Source> sources() {
        return connections.values().stream().map(c -> c.source).toList();
    }

    /** Hex of everything the server sent, over all recorded connections, concatenated. */
    synchronized String s2cHex() {
        StringBuilder sb = new StringBuilder();
        connections.values().forEach(c -> sb.append(HexFormat.of().formatHex(c.s2c.toByteArray())).append('|'));
        return sb.toString();
    }

    synchronized String c2sHex() {
        StringBuilder sb = new StringBuilder();
        connections.values().forEach(c -> sb.append(HexFormat.of().formatHex(c.c2s.toByteArray())).append('|'));
        return sb.toString();
    }

    /** Everything the client sent, read as ISO-8859-1 text (for the handshake request). */
    synchronized String c2sText() {
        StringBuilder sb = new StringBuilder();
        connections.values().forEach(c -> sb.append(new String(c.c2s.toByteArray(), StandardCharsets.ISO_8859_1)));
        return sb.toString();
    }

    synchronized String s2cText() {
        StringBuilder sb = new StringBuilder();
        connections.values().forEach(c -> sb.append(new String(c.s2c.toByteArray(), StandardCharsets.ISO_8859_1)));
        return sb.toString();
    }
}
