package wsinspector.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import wsinspector.capture.DumpFormat;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.dissect.Message;
import wsinspector.dissect.WebSocketLikeness;

/**
 * Holds back the first messages of {@code decode} until it is known whether the input looks like a
 * WebSocket conversation; when it does not, a notice says so before the first of them is printed.
 */
final class LikenessCheck implements Listing {
    private final Listing inner;
    private final Consumer<CaptureNotice> notices;
    private final List<Message> held = new ArrayList<>();
    private boolean decided;

    LikenessCheck(Listing inner, Consumer<CaptureNotice> notices) {
        this.inner = inner;
        this.notices = notices;
    }

    @Override
    public void begin(String fileName, DumpFormat format) {
        inner.begin(fileName, format);
    }

    @Override
    public void message(Message m) {
        if (decided) {
            inner.message(m);
            return;
        }
        held.add(m);
        if (held.size() >= WebSocketLikeness.MESSAGES_LOOKED_AT) {
            decide();
        }
    }

    @Override
    public void end() {
        decide();
        inner.end();
    }

    private void decide() {
        if (decided) {
            return;
        }
        decided = true;
        CaptureNotice notWebSocket = CaptureNotice.notWebSocket(WebSocketLikeness.of(held));
        if (notWebSocket != null) {
            notices.accept(notWebSocket);
        }
        held.forEach(inner::message);
        held.clear();
    }
}
