package wsinspector.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.concurrent.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.capture.Capture;
import wsinspector.capture.CaptureReader;
import wsinspector.capture.SaveFormat;
import wsinspector.dissect.Message;

/**
 * File → Save as… in the background: a small capture saved message by message reads back as the same frames in both
 * formats, with its progress at the end; a save cancelled half-way leaves no file of its own and an older file of that
 * name as it was.
 */
@ExtendWith(ApplicationExtension.class)
class SaveTaskTest {
    private static final Path CHROMIUM = Path.of("samples/chromium-deflate.pcapng");

    private static List<Message> messages() throws Exception {
        return CaptureReader.read(CHROMIUM, CaptureReader.Options.defaults()).firstWebSocket().dissect().messages();
    }

    @Test
    void aCaptureSavedMessageByMessageReadsBackAsTheSameFrames(@TempDir Path dir) throws Exception {
        List<Message> original = messages();
        for (SaveFormat format : SaveFormat.values()) {
            Path saved = dir.resolve("saved." + format.extension());
            SaveTask save = new SaveTask(saved, format, "a test", original::get, original.size());

            save.run();

            assertEquals(Worker.State.SUCCEEDED, WaitForAsyncUtils.asyncFx(save::getState).get(), format.name());
            assertEquals(1.0, WaitForAsyncUtils.asyncFx(save::getProgress).get(), format.name());
            Capture back = CaptureReader.read(saved, CaptureReader.Options.defaults());
            List<Message> read = back.connections().stream().filter(c -> !c.dissect().messages().isEmpty())
                    .findFirst().orElseThrow().dissect().messages();
            List<String> sent = original.stream().filter(m -> m.length() > 0).map(SaveTaskTest::bytes).toList();
            assertEquals(sent, read.stream().filter(m -> m.length() > 0).map(SaveTaskTest::bytes).toList(), format.name());
            assertEquals(List.of(saved), files(dir).stream().filter(p -> p.equals(saved)).toList());
        }
        assertEquals(2, files(dir).size(), "no part files left: " + files(dir));
    }

    @Test
    void aSaveCancelledHalfWayLeavesTheOlderFileAsItWas(@TempDir Path dir) throws Exception {
        List<Message> original = messages();
        Path saved = Files.writeString(dir.resolve("saved.pcapng"), "the older file");
        CountDownLatch halfWay = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        int rows = 10_000;
        SaveTask save = new SaveTask(saved, SaveFormat.PCAPNG, "a test", row -> {
            if (row == rows / 2) {
                halfWay.countDown();
                try {
                    cancelled.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException byCancel) {
                    Thread.currentThread().interrupt();
                }
            }
            return original.get(row % original.size());
        }, rows);
        Thread writing = new Thread(save);
        writing.start();
        assertTrue(halfWay.await(10, TimeUnit.SECONDS));

        save.cancel();
        cancelled.countDown();
        writing.join(10_000);

        assertTrue(save.isCancelled());
        assertEquals("the older file", Files.readString(saved));
        assertEquals(List.of(saved), files(dir), "no part file left");
    }

    private static String bytes(Message m) {
        return java.util.HexFormat.of().formatHex(m.wire());
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> all = Files.list(dir)) {
            return all.sorted().toList();
        }
    }
}
