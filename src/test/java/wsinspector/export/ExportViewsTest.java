package wsinspector.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each view in each format, from the course notes' real conversation: what a reader of the file would find. */
class ExportViewsTest {
    private static final ExportSource NOTES = Exports.source(Exports.COURSE_NOTES);
    private static final Words EN = Words.forLanguage("en");
    /** A resource the page would fetch: src/href/xlink:href attributes, CSS url() and @import. */
    private static final Pattern FETCH = Pattern.compile(
            "(?i)(?:\\b(?:src|href|xlink:href|srcset|action|poster|data)\\s*=\\s*[\"']?|url\\(\\s*[\"']?|@import\\s+[\"']?)([^\"'\\s)>]*)");

    /** The course notes' message 3 is the client's masked "Hello", the one message every view fits. */
    private static Handout handout(ExportView view, Words words) throws ExportException {
        return Handouts.make(NOTES, view, view == ExportView.SEQUENCE || view == ExportView.HANDSHAKE ? null : 3, words);
    }

    private static List<String> svgTexts(ExportView view, Words words) throws ExportException {
        return Exports.texts(Exports.parse(Exports.render(handout(view, words), ExportFormat.SVG)));
    }

    @Test
    void handshakeSvgShowsTheAcceptComputationAsText() throws Exception {
        String all = String.join("\n", svgTexts(ExportView.HANDSHAKE, EN));
        assertTrue(all.contains("hsBlbuDTkk24srzEOTBUlZAlC2g="), all);
        assertTrue(all.contains("Iv8io/9s+lYFgZWcXczP8Q=="), "the key of step 1");
        assertTrue(all.contains("258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), "the GUID of step 2");
        assertTrue(all.contains("Sec-WebSocket-Version"), "every header is listed");
    }

    @Test
    void maskingSvgListsTheKeyBytesAndEachXor() throws Exception {
        List<String> texts = svgTexts(ExportView.MASKING, EN);
        for (String keyByte : List.of("37", "fa", "21", "3d")) {
            assertTrue(texts.contains(keyByte), keyByte + " in " + texts);
        }
        // "Hello" masked with 37 fa 21 3d: 7f 9f 4d 51 58 on the wire, 48 65 6c 6c 6f after the XOR
        for (String b : List.of("7f", "9f", "4d", "51", "58", "48", "65", "6c", "6f", "H", "e", "l", "o")) {
            assertTrue(texts.contains(b), b + " in " + texts);
        }
    }

    @Test
    void frameSvgHasTheBitDiagramTheHexAndTheFields() throws Exception {
        List<String> texts = svgTexts(ExportView.FRAME, EN);
        String all = String.join("\n", texts);
        assertTrue(texts.contains("FIN") && texts.contains("Opcode") && texts.contains("Masking key"), all);
        assertTrue(texts.contains("0x1 = Text"), "the opcode's value under its bits: " + all);
        assertTrue(texts.contains("81") && texts.contains("85"), "the header bytes in the hex");
        assertTrue(all.contains("Payload byte i is XORed with key byte i mod 4"), "the explanations");
    }

    @Test
    void theBitDiagramHoldsTheFramesOwnBitsInOrder() {
        wsinspector.dissect.FrameMessage hello = (wsinspector.dissect.FrameMessage) NOTES.message(3);
        Block.Drawing d = BitDiagram.of(hello, FieldColours.of(hello), EN);
        StringBuilder bits = new StringBuilder();
        d.shapes().stream().filter(s -> s instanceof Shape.Text t && t.style().mono() && t.style().bold())
                .forEach(s -> bits.append(((Shape.Text) s).text()));
        // 6 header bytes and the first 2 payload bytes fill two rows of 32: 81 85 | 37 fa 21 3d | 7f 9f
        assertEquals("10000001" + "10000101" + "00110111" + "11111010" + "00100001" + "00111101" + "01111111" + "10011111",
                bits.toString());
    }

    @Test
    void comparisonSvgShowsBothFramings() throws Exception {
        String all = String.join("\n", svgTexts(ExportView.COMPARISON, EN));
        assertTrue(all.contains("RFC 6455 (2011, today): 11 bytes"), all);
        assertTrue(all.contains("hixie-75/76 draft (2010, the course notes): 7 bytes"), all);
        assertTrue(all.contains("End byte 0xFF"), all);
    }

    @Test
    void sequenceSvgHasOneArrowPerMessageInTimelineOrder() throws Exception {
        List<String> texts = svgTexts(ExportView.SEQUENCE, EN);
        assertTrue(texts.containsAll(List.of("Client", "Server", "GET /chat HTTP/1.1", "HTTP/1.1 101 Switching Protocols")), texts.toString());
        for (int n = 1; n <= NOTES.messages().size(); n++) {
            assertTrue(texts.contains(Integer.toString(n)), "arrow " + n);
        }
        String svg = new String(Exports.render(handout(ExportView.SEQUENCE, EN), ExportFormat.SVG), StandardCharsets.UTF_8);
        assertEquals(NOTES.messages().size(), count(svg, "<polygon"), "one arrow head per message");
    }

    @ParameterizedTest
    @EnumSource(ExportView.class)
    void pngIsDrawnAtTwiceTheLayoutsScale(ExportView view) throws Exception {
        Handout handout = handout(view, EN);
        Page page = PageComposer.compose(handout);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Exports.render(handout, ExportFormat.PNG)));
        assertEquals(2 * page.width(), png.getWidth(), view.code());
        assertEquals(Math.ceil(2 * page.height()), png.getHeight(), view.code());
        assertEquals(2400, png.getWidth());
        assertFalse(isBlank(png), view + " draws something");
    }

    @ParameterizedTest
    @EnumSource(ExportView.class)
    void htmlIsOneFileThatLoadsNothing(ExportView view) throws Exception {
        String html = new String(Exports.render(handout(view, EN), ExportFormat.HTML), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<svg") || view == ExportView.HANDSHAKE, view.code());
        Matcher m = FETCH.matcher(html);
        while (m.find()) {
            assertFalse(m.group(1).matches("(?i)(https?:)?//.*|[a-z0-9.-]+\\.(css|js|png|svg|woff2?)"),
                    view + " loads " + m.group());
        }
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("<img"), view.code());
        assertFalse(html.contains("http://") || html.contains("https://") && view != ExportView.HANDSHAKE,
                "no address at all outside what the wire carried (the notes' Origin is https://mai.ru)");
    }

    @ParameterizedTest
    @EnumSource(ExportView.class)
    void everyFormatOfEveryViewIsMadeInRussianAndTheSvgIsWellFormed(ExportView view) throws Exception {
        Handout h = handout(view, Words.forLanguage("ru"));
        for (ExportFormat f : ExportFormat.values()) {
            assertTrue(Exports.render(h, f).length > 1000, view + " " + f);
        }
        Exports.parse(Exports.render(h, ExportFormat.SVG));
    }

    @Test
    void aCaptureWithSeveralFramesPerMessageAndTcpEventsExportsToo() throws Exception {
        ExportSource jdk = Exports.source(Exports.JDK_CLIENT);
        List<String> texts = Exports.texts(Exports.parse(Exports.render(
                Handouts.make(jdk, ExportView.SEQUENCE, null, EN), ExportFormat.SVG)));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("SYN")), "TCP events are arrows, numbered as in the timeline");
        assertTrue(texts.stream().anyMatch(t -> t.contains(":") && t.contains(".")), "the endpoints under Client and Server");
        String hixie = String.join("\n", Exports.texts(Exports.parse(Exports.render(
                Handouts.make(Exports.source(Exports.HIXIE76), ExportView.HANDSHAKE, null, EN), ExportFormat.SVG))));
        assertTrue(hixie.contains("Sec-WebSocket-Key1"), hixie);
    }

    private static boolean isBlank(BufferedImage image) {
        int white = 0xFFFFFFFF;
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                if (image.getRGB(x, y) != white) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
