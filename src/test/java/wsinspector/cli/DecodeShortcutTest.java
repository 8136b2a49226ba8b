package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decode} without picocli: the same answer as through picocli, or picocli's turn. */
class DecodeShortcutTest {
    @TempDir
    Path dir;

    @Test
    void plainArgumentsRunAsThroughPicocli() throws Exception {
        Path dump = Files.writeString(dir.resolve("hello.xxd"), """
                # client
                00000000: 8185 37fa 213d 7f9f 4d51 58              ..7.!=..MQX
                # server
                00000000: 8105 4865 6c6c 6f                        ..Hello
                """);
        String capture = Path.of("samples", "jdk-client.pcapng").toString();
        String missing = dir.resolve("absent.pcap").toString();
        List<String[]> lines = List.of(
                new String[] {"decode", dump.toString()},
                new String[] {"decode", dump.toString(), "--json"},
                new String[] {"decode", "--summary", dump.toString(), "--lang", "ru"},
                new String[] {"decode", dump.toString(), "--dir", "c2s", "--json"},
                new String[] {"decode", capture, "--summary"},
                new String[] {"decode", capture, "--summary", "--json"},
                new String[] {"decode", capture, "--list"},
                new String[] {"decode", capture, "--stream", "0", "--port", "8080", "--json"},
                new String[] {"decode", capture, "--stream", "7"},
                new String[] {"decode", capture, "--lang", "de"},
                new String[] {"decode", capture, "--dir", "up"},
                new String[] {"decode", capture, "--port", "70000"},
                new String[] {"decode", missing});
        for (String[] args : lines) {
            DecodeCommand shortcut = DecodeShortcut.parse(args, "en");
            assertNotNull(shortcut, String.join(" ", args));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = DecodeShortcut.run(shortcut, new PrintWriter(out), new PrintWriter(err));
            DecodeCommandTest.Run picocli = DecodeCommandTest.run(args);
            String what = String.join(" ", args);
            assertEquals(picocli.status(), status, what);
            assertEquals(picocli.out(), out.toString(), what);
            assertEquals(picocli.err(), err.toString(), what);
        }
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        List<String[]> lines = new ArrayList<>(List.of(
                new String[] {"decode"},
                new String[] {"decode", "--help"},
                new String[] {"decode", "f", "-h"},
                new String[] {"decode", "f", "--version"},
                new String[] {"decode", "f", "g"},
                new String[] {"decode", "f", "--json", "--json"},
                new String[] {"decode", "f", "--lang=ru"},
                new String[] {"decode", "f", "--port"},
                new String[] {"decode", "f", "--port", "0x50"},
                new String[] {"decode", "f", "--stream", "-1"},
                new String[] {"decode", "f", "--jsn"},
                new String[] {"decode", "@args.txt"},
                new String[] {"decode", "--", "f"},
                new String[] {"serve", "f"}));
        for (String[] args : lines) {
            assertNull(DecodeShortcut.parse(args, "en"), String.join(" ", args));
        }
    }
}
