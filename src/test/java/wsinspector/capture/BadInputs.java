package wsinspector.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Real inputs that cannot be read, made in a folder, each with a part of the English sentence that says why:
 * what the command line's and the window's tests of the words of unreadable input open.
 */
public final class BadInputs {
    /** A Latin word of four letters or more, with the joiners of a name (tcp.stream, _webSocketMessages). */
    private static final Pattern LONG_LATIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*[A-Za-z0-9]");
    /** Names the same in every language: tools, formats, the command and a Wireshark field. */
    private static final Set<String> NAMES = Set.of("tcpdump", "wireshark", "pcap", "pcapng", "gzip", "gunzip", "decode",
            "json", "websocket", "chromium", "playwright", "recordhar", "tcp.stream", "java", "xxd", "hexdump", "base64",
            "ipv4", "ipv6");

    /**
     * @param file    the input
     * @param args    more arguments of {@code decode} that make it unreadable (none for most)
     * @param english a part of the English sentence
     */
    public record Bad(Path file, List<String> args, String english) {
        public String name() {
            return file.getFileName().toString();
        }

        @Override
        public String toString() {
            return name() + (args.isEmpty() ? "" : " " + String.join(" ", args));
        }
    }

    private BadInputs() {
    }

    /**
     * Whether {@code decode} reads it all the same: a capture of TCP connections none of which is WebSocket is read, and
     * {@code decode} says so and lists them (exit 0); {@code convert} and {@code export} have nothing to work on.
     */
    public static boolean decodeReads(Bad bad) {
        return bad.args().isEmpty() && java.util.Set.of("http.pcap", "trunc.pcapng").contains(bad.name());
    }

    public static List<Bad> in(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("captures"));
        byte[] sample = Files.readAllBytes(Path.of("samples/jdk-client.pcapng"));
        return List.of(
                new Bad(dir.resolve("absent.pcap"), List.of(), "no such file"),
                new Bad(folder, List.of(), "it is a folder, not a file"),
                new Bad(Files.write(dir.resolve("trunc.pcapng"), java.util.Arrays.copyOf(sample, 300)), List.of(),
                        "none starts with a WebSocket handshake"),
                new Bad(Files.write(dir.resolve("http.pcap"), httpOnlyPcap()), List.of(),
                        "holds 1 TCP connection(s) and none starts with a WebSocket handshake"),
                new Bad(Files.write(dir.resolve("notes.txt.gz"), gzip("a note, not a capture\n")), List.of(),
                        "it is gzip-compressed, and what it holds is no pcap or pcapng file"),
                new Bad(Files.writeString(dir.resolve("broken.har"), "{\"log\": {\"version\": \"1.2\", \"entries\": [{\"request\": "),
                        List.of(), "it is not valid JSON (line 1, column"),
                new Bad(Files.writeString(dir.resolve("plain.har"), "{\"log\": {\"version\": \"1.2\", \"entries\": ["
                        + "{\"request\": {\"url\": \"https://example.org/\"}, \"response\": {\"status\": 200}}]}}"),
                        List.of(), "none of its 1 entries is a WebSocket"),
                new Bad(Files.writeString(dir.resolve("bad.xxd"), "00000000: 8105 4865 6c6c 6f81 8537 fa21 3d7f 9f4d  ..Hello..7.!=..M\n"
                        + "00000010: 51zz                                     QX\n"), List.of(),
                        "bad.xxd line 2: \"00000010: 51zz"),
                new Bad(Path.of("samples/jdk-client.pcapng"), List.of("--stream", "7"), "there is no stream 7"));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** A pcap of one TCP connection (SYN, then a plain HTTP request) and no WebSocket. */
    private static byte[] httpOnlyPcap() {
        ByteBuffer file = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        file.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        byte[] request = "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        for (byte[] packet : List.of(packet(0, 0x02, new byte[0]), packet(1, 0x18, request))) {
            file.putInt(1_764_460_800).putInt(0).putInt(packet.length).putInt(packet.length).put(packet);
        }
        return java.util.Arrays.copyOf(file.array(), file.position());
    }

    /** Ethernet, IPv4 10.0.0.1 → 10.0.0.2, TCP 50000 → 80. */
    private static byte[] packet(int seq, int flags, byte[] payload) {
        ByteBuffer p = ByteBuffer.allocate(14 + 20 + 20 + payload.length);   // network byte order
        p.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
        p.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload.length)).putShort((short) 0)
                .putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0)
                .put(new byte[] {10, 0, 0, 1}).put(new byte[] {10, 0, 0, 2});
        p.putShort((short) 50000).putShort((short) 80).putInt(seq).putInt(0).put((byte) 0x50).put((byte) flags)
                .putShort((short) 65535).putShort((short) 0).putShort((short) 0);
        p.put(payload);
        return p.array();
    }

    /**
     * The English words of a line meant to be Russian: Latin words of four letters or more, apart from the file's
     * name and path ({@code bad} null: a line about no file), quoted data (a line of the file as written, a JSON
     * key), options (of this program, of java and of the tools) and {@link #NAMES}.
     */
    public static List<String> englishWords(String line, Bad bad) {
        String prose = line;
        if (bad != null) {
            prose = prose.replace(bad.file().toAbsolutePath().toString(), " ").replace(bad.file().toString(), " ")
                    .replace(bad.name(), " ");
        }
        prose = prose.replaceAll("\"[^\"]*\"", " ").replaceAll("(?<![\\p{L}\\p{N}])--?[A-Za-z][\\w-]*", " ");
        List<String> found = new ArrayList<>();
        Matcher m = LONG_LATIN.matcher(prose);
        while (m.find()) {
            String word = m.group();
            if (word.replaceAll("[^A-Za-z]", "").length() >= 4 && !NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                found.add(word);
            }
        }
        return found;
    }
}
