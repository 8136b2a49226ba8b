package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.Writer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A Writer that hands over whole lines. */
final class LineQueue extends Writer {
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder line = new StringBuilder();

    String next() throws InterruptedException {
        String l = lines.poll(10, TimeUnit.SECONDS);
        assertNotNull(l, "no line within 10 s");
        return l;
    }

    @Override
    public synchronized void write(char[] cbuf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            char c = cbuf[i];
            if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
