// Run by hand, never as a test (surefire excludes **/bench/**):
//   mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt
//   mvn -o -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main FrameDecoderBenchmark
// A quick check: append  -f 1 -wi 1 -i 2
package wsinspector.bench;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameDecoder;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.Masking;

/**
 * Throughput of {@link FrameDecoder} plus unmasking on a client-to-server stream of masked binary frames, fed in
 * 16 KiB reads as a socket would deliver them (so 64 KiB frames cross reads and take the accumulating path).
 * Primary score: frames per second. The "wireBytes" counter is bytes per second: divide by 10^6 for MB/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FrameDecoderBenchmark {
    private static final int STREAM_BYTES = 4 << 20;
    private static final int READ_SIZE = 16 * 1024;

    @Param({"16", "65536"})
    public int payloadSize;

    private byte[] stream;
    private int frameCount;

    /** Bytes decoded, reported by JMH as a rate (bytes/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long wireBytes;
        public long frames;

        @Setup(Level.Iteration)
        public void clear() {
            wireBytes = 0;
            frames = 0;
        }
    }

    @Setup
    public void buildStream() {
        Random random = new Random(42);
        byte[] payload = new byte[payloadSize];
        random.nextBytes(payload);
        ByteArrayOutputStream out = new ByteArrayOutputStream(STREAM_BYTES + 2 * payloadSize);
        frameCount = 0;
        while (out.size() < STREAM_BYTES) {
            byte[] key = new byte[4];
            random.nextBytes(key);
            out.writeBytes(FrameEncoder.encode(FrameSpec.binary(payload).withMask(key)));
            frameCount++;
        }
        stream = out.toByteArray();
    }

    /** One invocation decodes and unmasks the whole stream (about 4 MiB). */
    @Benchmark
    public void decodeAndUnmask(Counters counters, Blackhole bh) {
        FrameDecoder decoder = new FrameDecoder(f -> bh.consume(unmask(f)));
        for (int i = 0; i < stream.length; i += READ_SIZE) {
            decoder.feed(stream, i, Math.min(READ_SIZE, stream.length - i));
        }
        decoder.finish();
        counters.wireBytes += stream.length;
        counters.frames += frameCount;
    }

    private static byte[] unmask(DecodedFrame f) {
        byte[] wire = f.wire();
        int start = f.payloadOffsetInWire();
        Masking.toggle(wire, start, wire.length - start, f.header().maskingKey(), 0);
        return wire;
    }
}
