// Run by hand, never as a test (surefire excludes **/bench/**):
//   mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt
//   mvn -o -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main FeedHandOverBenchmark
// A quick check: append  -f 1 -wi 1 -i 2
package wsinspector.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Message;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.ConversationFeed;
import wsinspector.ui.session.FxBatcher;

/**
 * What a flood of live frames costs, on each side of the {@link FxBatcher} (the figure FeedStallTest no
 * longer times): {@code dissect} is the wire tap's thread dissecting one read of 100 frames, {@code handOver}
 * the FX thread's work for one 50 ms hand-over (appending a batch of frames to the conversation's list, with a
 * listener as the timeline has). At 100 000 frames a second a hand-over brings 5 000.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FeedHandOverBenchmark {
    @Param({"5000"})
    int batch;

    private List<Chunk> read;
    private List<Message> messages;

    @Setup
    public void setUp() {
        byte[] frame = FrameEncoder.encode(FrameSpec.text("Hello"));
        read = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            read.add(SampleDumps.s2c(frame));
        }
        Conversation c = new Conversation("bench", Conversation.Origin.LIVE);
        FxBatcher direct = new FxBatcher(Runnable::run, java.time.Duration.ZERO, (a, d) -> a.run(), () -> 0L);
        ConversationFeed feed = new ConversationFeed(c, direct);
        feed.acceptAll(SampleDumps.courseNotes().subList(0, 2));
        while (c.messages().size() < batch) {
            feed.acceptAll(read);
        }
        messages = List.copyOf(c.messages().subList(0, batch));
    }

    @Benchmark
    public int dissect() {
        Conversation c = new Conversation("bench", Conversation.Origin.LIVE);
        FxBatcher direct = new FxBatcher(Runnable::run, java.time.Duration.ZERO, (a, d) -> a.run(), () -> 0L);
        ConversationFeed feed = new ConversationFeed(c, direct);
        feed.acceptAll(SampleDumps.courseNotes().subList(0, 2));
        feed.acceptAll(read);
        return c.messages().size();
    }

    @Benchmark
    public int handOver() {
        Conversation c = new Conversation("bench", Conversation.Origin.LIVE);
        int[] seen = new int[1];
        c.messages().addListener((javafx.collections.ListChangeListener<Message>) ch -> {
            while (ch.next()) {
                seen[0] += ch.getAddedSize();
            }
        });
        c.append(messages);
        return seen[0];
    }
}
