package wsinspector.net;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client listener for tests: queues what arrives. */
final class Received implements ClientListener {
    record Message(int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> pings = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> pongs = new LinkedBlockingQueue<>();
    final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
    /** "code reason". */
    final CompletableFuture<String> close = new CompletableFuture<>();

    @Override
    public void onMessage(int opcode, byte[] payload) {
        messages.add(new Message(opcode, payload));
    }

    @Override
    public void onPing(byte[] payload) {
        pings.add(payload);
    }

    @Override
    public void onPong(byte[] payload) {
        pongs.add(payload);
    }

    @Override
    public void onClose(int code, String reason) {
        close.complete(code + " " + reason);
    }

    @Override
    public void onError(wsinspector.protocol.Phrase problem) {
        errors.add(WireText.of(problem));
    }

    Message next() throws InterruptedException {
        Message m = messages.poll(10, TimeUnit.SECONDS);
        if (m == null) {
            throw new AssertionError("no message within 10 s; errors: " + errors);
        }
        return m;
    }

    String closed() throws Exception {
        return close.get(10, TimeUnit.SECONDS);
    }
}
