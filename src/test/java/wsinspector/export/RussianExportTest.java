package wsinspector.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Message;
import wsinspector.explain.EnglishWords;
import wsinspector.protocol.HeaderLine;
import wsinspector.protocol.SecWebSocketAccept;

/**
 * A Russian handout holds no English sentence: every word is from the Russian bundles. What came over the
 * wire (the notes' headers and their values, the text "Hello") is data, not a sentence, and is taken out first.
 */
class RussianExportTest {
    /** A piece of the GUID where a long key + GUID value wraps: 258EAFA5-E914-4 | 7DA-95CA-C5AB0DC85B11. */
    private static final Pattern GUID_PIECE = Pattern.compile("(?<![\\w-])[0-9A-F]*\\d[0-9A-F]*(-[0-9A-F]+)+-?");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"…?");

    @ParameterizedTest
    @EnumSource(ExportView.class)
    void russianSvgHasNoEnglishSentence(ExportView view) throws Exception {
        for (ExportSource source : List.of(Exports.source(Exports.COURSE_NOTES), Exports.source(Exports.HIXIE76))) {
            Handout h = handoutOrNull(source, view);
            if (h == null) {
                continue; // the hixie-76 conversation has no masked frame
            }
            List<String> texts = Exports.texts(Exports.parse(Exports.render(h, ExportFormat.SVG)));
            assertTrue(texts.stream().anyMatch(t -> t.matches(".*\\p{IsCyrillic}{4,}.*")), view + ": " + texts);
            assertNoEnglish(view + " of " + source.name() + " (SVG)", texts, source);
            String html = new String(Exports.render(h, ExportFormat.HTML), StandardCharsets.UTF_8);
            assertTrue(html.contains("<html lang=\"ru\">"), view.code());
            assertNoEnglish(view + " of " + source.name() + " (HTML)",
                    List.of(html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", "\n")
                            .replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                            .replace("&#39;", "'")), source);
        }
    }

    private static Handout handoutOrNull(ExportSource source, ExportView view) {
        try {
            return Handouts.make(source, view, null, Words.forLanguage("ru"));
        } catch (ExportException none) {
            return null;
        }
    }

    private static void assertNoEnglish(String what, List<String> texts, ExportSource source) {
        List<String> wire = wireStrings(source);
        List<String> english = new ArrayList<>();
        // one line: a table cell wraps "HTTP/1.1 101 WebSocket Protocol Handshake" over two <text> lines
        for (String text : List.of(String.join(" ", texts).replace('\n', ' '))) {
            String rest = QUOTED.matcher(text).replaceAll(" ");
            for (String w : wire) {
                // whole tokens only: the Upgrade value "WebSocket" is no part of the word Sec-WebSocket-Key
                rest = w.matches("[\\w-]+") ? rest.replaceAll("(?<![\\w-])" + Pattern.quote(w) + "(?![\\w-])", " ")
                        : rest.replace(w, " ");
            }
            rest = GUID_PIECE.matcher(rest).replaceAll(" ");
            english.addAll(EnglishWords.phrases(rest));
        }
        assertTrue(english.isEmpty(), what + " has English: " + english);
    }

    /** The request and status lines, header names and values: what the wire carried, longest first. */
    private static List<String> wireStrings(ExportSource source) {
        List<String> out = new ArrayList<>(List.of(source.name(), SecWebSocketAccept.GUID,
                "Key1/Key2/MD5")); // the file's name; the GUID and the hixie-76 keys named as the RFC and drafts write them
        for (Message m : source.messages()) {
            if (m instanceof HandshakeMessage h && h.head() != null) {
                out.add(h.head().startLine());
                for (HeaderLine line : h.head().headers()) {
                    out.add(line.name());
                    out.add(line.value());
                }
            }
        }
        out.removeIf(String::isBlank);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }
}
