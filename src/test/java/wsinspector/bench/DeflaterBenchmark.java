// Run by hand, never as a test (surefire excludes **/bench/**):
//   mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt
//   mvn -o -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main DeflaterBenchmark
package wsinspector.bench;

import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import wsinspector.protocol.DeflateSamples;
import wsinspector.protocol.MessageDeflater;

/**
 * What honouring every window costs: one 64 KiB text message compressed per operation, as the echo server and the
 * client do, by jzlib (pure Java, any window; what MessageDeflater uses) and, for reference, by java.util.zip
 * (native zlib, 32 KiB window only; what it used before).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeflaterBenchmark {
    @Param({"9", "15"})
    public int windowBits;

    private byte[] message;
    private MessageDeflater jzlib;
    private final Deflater jdk = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final byte[] out = new byte[1 << 17];

    @Setup
    public void setUp() {
        message = DeflateSamples.message(65536, 7692);
        jzlib = new MessageDeflater(false, windowBits);
    }

    @Benchmark
    public byte[] jzlibWithTheNegotiatedWindow() {
        return jzlib.deflate(message);
    }

    @Benchmark
    public int javaUtilZipWith32KiB() {
        jdk.setInput(message);
        return jdk.deflate(out, 0, out.length, Deflater.SYNC_FLUSH);
    }
}
