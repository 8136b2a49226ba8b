package wsinspector.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Runs Wireshark's tshark on a capture and reads the WebSocket frames its own dissector reports. */
final class Tshark {
    private Tshark() {
    }

    /** Whether tshark is on the PATH. */
    static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "tshark"))) {
                return true;
            }
        }
        return false;
    }

    /** The frames of a capture, in packet order; the server is the side that answered the first SYN. */
    static List<WireFrame> frames(Path capture) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tshark", "-r", capture.toString(), "-T", "json", "--no-duplicate-keys",
                "-Y", "tcp.flags.syn == 1 || websocket")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tshark failed on " + capture + " (exit " + p.exitValue() + ")");
        }
        List<WireFrame> frames = new ArrayList<>();
        String serverPort = null;
        for (JsonNode packet : new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8))) {
            JsonNode layers = packet.path("_source").path("layers");
            JsonNode tcp = layers.path("tcp");
            if (serverPort == null && "0x0002".equals(tcp.path("tcp.flags").asText())) {
                serverPort = tcp.path("tcp.dstport").asText();
            }
            JsonNode ws = layers.get("websocket");
            if (ws == null) {
                continue;
            }
            String dir = tcp.path("tcp.srcport").asText().equals(serverPort) ? "s2c" : "c2s";
            for (JsonNode frame : ws.isArray() ? ws : List.of(ws)) {
                frames.add(frame(dir, frame));
            }
        }
        return frames;
    }

    private static WireFrame frame(String dir, JsonNode f) {
        long length = f.path("websocket.payload_length").asLong();
        if (length == 126) {
            length = f.path("websocket.payload_length_ext_16").asLong();
        } else if (length == 127) {
            length = f.path("websocket.payload_length_ext_64").asLong();
        }
        boolean masked = f.path("websocket.mask").asText().equals("1");
        JsonNode text = f.findValue("websocket.payload.text");
        JsonNode close = f.findValue("websocket.payload.close.status_code");
        return new WireFrame(dir, f.path("websocket.fin").asText().equals("1"),
                Integer.decode(f.path("websocket.rsv").asText("0")), f.path("websocket.opcode").asInt(), masked,
                masked ? f.path("websocket.masking_key").asText().replace(":", "") : null, length,
                text == null ? null : joined(text), close == null ? null : close.asInt());
    }

    /** tshark lists a message's text once, or as several lines of one text. */
    private static String joined(JsonNode text) {
        if (!text.isArray()) {
            return text.asText();
        }
        StringBuilder sb = new StringBuilder();
        text.forEach(t -> sb.append(t.asText()));
        return sb.toString();
    }
}
