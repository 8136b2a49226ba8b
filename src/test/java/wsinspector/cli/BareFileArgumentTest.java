package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code java -jar … FILE}: a bare existing file opens the window with it, as {@code gui FILE} does; nothing else changes. */
class BareFileArgumentTest {
    @TempDir
    Path dir;

    @Test
    void aBareExistingFileIsTheWindowOpeningIt() throws IOException {
        Path capture = Files.write(dir.resolve("lab.pcapng"), new byte[] {1});
        String[] effective = Main.windowArguments(new String[] {capture.toString()});
        assertArrayEquals(new String[] {"gui", capture.toString()}, effective);
        // picocli takes it as the gui command with that file, as it takes `gui FILE`
        CommandLine line = Main.commandLine(effective, "en");
        List<CommandLine> parsed = line.parseArgs(effective).asCommandLineList();
        CommandLine gui = parsed.get(parsed.size() - 1);
        assertEquals("gui", gui.getCommandName());
        assertEquals(capture, ((GuiCommand) gui.getCommand()).file);
    }

    @Test
    void commandsOptionsAndMissingFilesAreLeftToTheCommandLine() throws IOException {
        Files.createDirectories(dir.resolve("folder"));
        for (String[] args : new String[][] {
                {}, {"decode"}, {"serve"}, {"--help"}, {"-V"}, {dir.resolve("nothing-here.pcap").toString()},
                {dir.resolve("folder").toString()}, {"decode", "x.pcap"}, {"gui", "x.pcap"}}) {
            assertArrayEquals(args, Main.windowArguments(args), String.join(" ", args));
        }
        assertTrue(Main.COMMANDS.containsAll(new CommandLine(new Main()).getSubcommands().keySet()),
                "every command's name is kept from being read as a file");
    }

    @Test
    void aPathToNothingStillFailsAsBeforeWithOneLineAndStatus2() {
        String missing = dir.resolve("nothing-here.pcap").toString();
        String[] effective = Main.windowArguments(new String[] {missing});
        CommandLine line = Main.commandLine(effective, "en");
        java.io.StringWriter err = new java.io.StringWriter();
        line.setErr(new java.io.PrintWriter(err));
        line.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(2, line.execute(effective));
        String first = err.toString().lines().findFirst().orElse("");
        assertTrue(first.contains("nothing-here.pcap"), first);
    }
}
