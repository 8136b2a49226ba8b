// Run by hand, never as a test (surefire excludes **/bench/**):
//   mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt
//   mvn -o -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main DecoderVsNettyBenchmark
package wsinspector.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
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
import org.openjdk.jmh.infra.Blackhole;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameDecoder;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;

/**
 * The same client-to-server stream of masked binary frames, fed in 16 KiB reads, through: our
 * {@link FrameDecoder} with unmasking (what the echo server and an index need), our whole
 * {@link Dissector} (validation, reassembly and a field tree per frame: what the window shows),
 * and Netty's {@code WebSocket08FrameDecoder} (the reference). Score: frames per second; MB/s =
 * frames/s × frame size (22 or 65544 bytes on the wire).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// A fixed heap touched before the run: on a VM (this machine is a Firecracker guest) the first touch of each fresh
// heap page costs a fault through the hypervisor, which a short fork pays on every allocation and a long-running
// server paid once long ago; Netty's pooled buffers hide it, our per-frame arrays do not. Same flags for both.
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class DecoderVsNettyBenchmark {
    private static final int STREAM_BYTES = 4 << 20;
    private static final int READ = 16 * 1024;
    static final int FRAMES_SMALL = STREAM_BYTES / 22;
    static final int FRAMES_LARGE = STREAM_BYTES / (65536 + 8);

    @Param({"16", "1024", "65536"})
    public int payload;

    private List<byte[]> reads;
    private int frames;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        byte[] body = new byte[payload];
        random.nextBytes(body);
        byte[] key = {0x37, (byte) 0xfa, 0x21, 0x3d};
        byte[] frame = FrameEncoder.encode(FrameSpec.binary(body).withMask(key));
        frames = STREAM_BYTES / frame.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < frames; i++) {
            out.writeBytes(frame);
        }
        byte[] stream = out.toByteArray();
        reads = new ArrayList<>();
        for (int i = 0; i < stream.length; i += READ) {
            reads.add(java.util.Arrays.copyOfRange(stream, i, Math.min(stream.length, i + READ)));
        }
    }

    private int scale(Blackhole bh, int count) {
        if (count != frames) {
            throw new IllegalStateException(count + " frames decoded of " + frames);
        }
        bh.consume(count);
        return count;
    }

    @Benchmark
    public int ourFrameDecoder(Blackhole bh) {
        int[] count = {0};
        FrameDecoder decoder = new FrameDecoder(f -> {
            bh.consume(f.unmaskedPayload());
            count[0]++;
        });
        for (byte[] r : reads) {
            decoder.feed(r, 0, r.length);
        }
        return scale(bh, count[0]);
    }

    @Benchmark
    public int ourDissector(Blackhole bh) {
        int[] count = {0};
        Dissector dissector = new Dissector(m -> {
            bh.consume(m.root());
            count[0]++;
        });
        for (byte[] r : reads) {
            dissector.accept(Chunk.of(Direction.CLIENT_TO_SERVER, r));
        }
        return scale(bh, count[0]);
    }

    @Benchmark
    public int nettyDecoder(Blackhole bh) {
        WebSocketDecoderConfig config = WebSocketDecoderConfig.newBuilder().expectMaskedFrames(true)
                .maxFramePayloadLength(1 << 20).allowExtensions(false).build();
        EmbeddedChannel channel = new EmbeddedChannel(new WebSocket08FrameDecoder(config));
        int count = 0;
        for (byte[] r : reads) {
            channel.writeInbound(Unpooled.wrappedBuffer(r));
            WebSocketFrame f;
            while ((f = channel.readInbound()) != null) {
                ByteBuf content = f.content();
                bh.consume(content.readableBytes());
                f.release();
                count++;
            }
        }
        channel.finishAndReleaseAll();
        return scale(bh, count);
    }
}
