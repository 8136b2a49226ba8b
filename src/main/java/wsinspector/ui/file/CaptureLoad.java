package wsinspector.ui.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.concurrent.Task;
import wsinspector.capture.Capture;
import wsinspector.capture.CaptureReader;
import wsinspector.capture.CapturedConnection;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.dissect.Message;
import wsinspector.dissect.WebSocketLikeness;

/**
 * Reads a capture or dump and dissects it off the FX thread, with progress and cancel: each WebSocket
 * conversation of a packet capture (each TCP connection, when none is WebSocket), or the one conversation
 * of a dump. Fails with the reader's {@code DumpException}, whose message is for people.
 */
final class CaptureLoad extends Task<CaptureLoad.Result> {
    /**
     * One conversation loaded.
     *
     * @param connection where it came from (its stream number and endpoints)
     */
    record Opened(CapturedConnection connection, List<Message> messages) {
    }

    /**
     * What was loaded.
     *
     * @param notices what the readers noticed, and whether the input looks like WebSocket at all
     */
    record Result(Path file, Capture capture, List<Opened> conversations, List<CaptureNotice> notices) {
    }

    private final Path file;

    CaptureLoad(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    @Override
    protected Result call() throws Exception {
        Capture capture = CaptureReader.read(file, CaptureReader.Options.defaults());
        List<CapturedConnection> shown = capture.webSocketConnections().isEmpty() ? capture.connections()
                : capture.webSocketConnections();
        List<Opened> opened = new ArrayList<>();
        List<CaptureNotice> notices = new ArrayList<>(capture.notices());
        long done = 0;
        for (CapturedConnection c : shown) {
            if (isCancelled()) {
                return null;
            }
            List<Message> messages = c.dissect().messages();
            opened.add(new Opened(c, messages));
            updateProgress(++done, shown.size());
        }
        if (!opened.isEmpty()) {
            List<Message> first = opened.get(0).messages();
            WebSocketLikeness judged = WebSocketLikeness.of(
                    first.subList(0, Math.min(first.size(), WebSocketLikeness.MESSAGES_LOOKED_AT)));
            if (!judged.looksLikeWebSocket()) {
                notices.add(0, CaptureNotice.of("not-websocket", -1, judged.broken(), judged.total()));
            }
        }
        return new Result(file, capture, opened, notices);
    }
}
