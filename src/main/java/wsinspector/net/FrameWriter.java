package wsinspector.net;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.Opcode;

/**
 * Writes whole frames (or raw bytes) to a socket, one writer at a time, so a pong sent by the reading thread
 * never lands inside a message another thread is writing. Each frame, or group of frames, is flushed as one
 * write where it fits the buffer, so the tap sees it as one chunk.
 */
final class FrameWriter {
    private static final int BUFFER_SIZE = 64 * 1024;
    private final OutputStream out;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean closeSent;

    FrameWriter(OutputStream socketOut) {
        this.out = new BufferedOutputStream(socketOut, BUFFER_SIZE);
    }

    /** Whether a close frame has been written (RFC 6455 §5.5.1: nothing may follow it). */
    boolean closeSent() {
        return closeSent;
    }

    /** A server's unmasked frame carrying {@code payload} (RFC 6455 §5.2). */
    void writeUnmasked(boolean rsv1, Opcode opcode, byte[] payload) throws IOException {
        lock.lock();
        try {
            out.write(FrameEncoder.encodeHeader(true, rsv1, opcode.code(), null, payload.length));
            out.write(payload);
            out.flush();
        } finally {
            lock.unlock();
        }
    }

    /** Frames as described, in order, with nothing in between. */
    void write(List<FrameSpec> frames) throws IOException {
        lock.lock();
        try {
            for (FrameSpec f : frames) {
                out.write(FrameEncoder.encode(f));
                closeSent |= f.opcode() == Opcode.CLOSE.code();
            }
            out.flush();
        } finally {
            lock.unlock();
        }
    }

    void write(FrameSpec frame) throws IOException {
        write(List.of(frame));
    }

    /** Bytes sent unchanged (a handshake, a legacy frame, a deliberately broken frame). */
    void writeRaw(byte[] bytes) throws IOException {
        lock.lock();
        try {
            out.write(bytes);
            out.flush();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes a close frame unless one was sent already (RFC 6455 §5.5.1 allows one).
     *
     * @return whether this call wrote it
     */
    boolean writeCloseOnce(FrameSpec close) throws IOException {
        return writeCloseOnce(FrameEncoder.encode(close));
    }

    /** As {@link #writeCloseOnce(FrameSpec)} for the bytes of any closing frame (hixie-76's {@code ff 00}). */
    boolean writeCloseOnce(byte[] closeBytes) throws IOException {
        lock.lock();
        try {
            if (closeSent) {
                return false;
            }
            closeSent = true;
            out.write(closeBytes);
            out.flush();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Like {@link #writeCloseOnce}, but gives up at once if another thread is writing (a stuck peer). */
    boolean tryWriteCloseOnce(FrameSpec close) throws IOException {
        if (!lock.tryLock()) {
            return false;
        }
        try {
            return writeCloseOnce(close);
        } finally {
            lock.unlock();
        }
    }
}
