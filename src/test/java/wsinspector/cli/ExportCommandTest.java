package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: exit 0 and the file written; exit 2 and one line for what cannot be done. */
class ExportCommandTest {
    private static final String NOTES = "samples/course-notes.xxd";

    @TempDir
    Path dir;

    @Test
    void writesTheHandoutInTheFormatAsked() throws Exception {
        Path svg = dir.resolve("hello.svg");
        DecodeCommandTest.Run run = DecodeCommandTest.run("export", NOTES, "--message", "3", "--view", "masking",
                "--format", "svg", "-o", svg.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains(">37</text>"), text);
    }

    @Test
    void theFormatFollowsTheExtensionWhenNotGiven() throws Exception {
        Path png = dir.resolve("seq.png");
        DecodeCommandTest.Run run = DecodeCommandTest.run("export", NOTES, "--view", "sequence", "-o", png.toString());
        assertEquals(0, run.status(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2400, image.getWidth(), "twice the 1200-pixel page");
    }

    @Test
    void russianHandoutFromAPacketCapture() throws Exception {
        Path html = dir.resolve("frame.html");
        DecodeCommandTest.Run run = DecodeCommandTest.run("export", "samples/jdk-client.pcapng", "--stream", "0",
                "--message", "5", "--view", "frame", "--format", "html", "--lang", "ru", "-o", html.toString());
        assertEquals(0, run.status(), run.err());
        String text = Files.readString(html);
        assertTrue(text.contains("<html lang=\"ru\">") && text.contains("Ключ маски"), text);
        assertTrue(text.contains("поток 0"), "the subtitle names the stream");
    }

    @Test
    void aMessageThatDoesNotExistIsOneLineAndStatus2() {
        Path out = dir.resolve("x.svg");
        DecodeCommandTest.Run run = DecodeCommandTest.run("export", NOTES, "--message", "99", "--view", "frame", "-o", out.toString());
        assertEquals(2, run.status());
        assertEquals("error: There is no message 99: course-notes.xxd holds messages 1 to 8, as the timeline numbers them.",
                run.err().strip());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void maskingOfAnUnmaskedFrameSaysWhy() {
        DecodeCommandTest.Run run = DecodeCommandTest.run("export", NOTES, "--message", "4", "--view", "masking",
                "-o", dir.resolve("m.png").toString());
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("Message 4 (Text [FIN] len=5 \"Hello\") is not masked"), run.err());
    }

    /** A client's frame without a mask broke the rule: "pick a client's frame" told the reader to pick what they held. */
    @Test
    void maskingOfAClientsUnmaskedFrameSaysItBrokeTheRule() {
        String capture = Path.of("samples/protocol-error.pcapng").toString();
        DecodeCommandTest.Run ru = DecodeCommandTest.run("export", capture, "--message", "7", "--view", "masking",
                "--lang", "ru", "-o", dir.resolve("m.svg").toString());
        assertEquals(2, ru.status());
        assertTrue(ru.err().contains("клиент отправил без маски, хотя обязан маскировать каждый фрейм (RFC 6455 §5.1)"),
                ru.err());
        assertFalse(ru.err().contains("Выберите фрейм клиента"), ru.err());
        DecodeCommandTest.Run en = DecodeCommandTest.run("export", capture, "--message", "7", "--view", "masking",
                "-o", dir.resolve("m.svg").toString());
        assertTrue(en.err().contains("came from the client unmasked"), en.err());
    }

    @Test
    void aViewThatDoesNotFitTheMessageInRussian() {
        DecodeCommandTest.Run run = DecodeCommandTest.run("export", NOTES, "--message", "5", "--view", "comparison",
                "--lang", "ru", "-o", dir.resolve("c.svg").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("ошибка: Сообщение 5 (Пинг [FIN] длина=14) — не текст"), run.err());
    }

    @Test
    void anUnwritableOutIsOneLineAndStatus2() {
        Path out = dir.resolve("no-such-folder").resolve("x.svg");
        DecodeCommandTest.Run run = DecodeCommandTest.run("export", NOTES, "--view", "sequence", "-o", out.toString());
        assertEquals(2, run.status());
        assertEquals("error: cannot write " + out + ": its folder does not exist. Check that the folder exists and is writable.",
                run.err().strip());
    }

    @Test
    void badViewFormatOrUnreadableInputAreStatus2() {
        String out = dir.resolve("x.svg").toString();
        assertEquals(2, DecodeCommandTest.run("export", NOTES, "--view", "bits", "-o", out).status());
        assertEquals(2, DecodeCommandTest.run("export", NOTES, "--view", "frame", "--format", "pdf", "-o", out).status());
        assertEquals(2, DecodeCommandTest.run("export", NOTES, "--view", "frame", "-o", dir.resolve("x.pdf").toString()).status());
        assertEquals(2, DecodeCommandTest.run("export", NOTES, "--view", "frame", "--message", "0", "-o", out).status());
        DecodeCommandTest.Run missing = DecodeCommandTest.run("export", "no-such-file.pcap", "--view", "frame", "-o", out);
        assertEquals(2, missing.status());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
    }
}
