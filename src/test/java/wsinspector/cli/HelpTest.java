package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command answers --help (and the help command names it) with its usage and status 0, never "Missing required parameter". */
class HelpTest {
    private static List<String> commands() {
        return new ArrayList<>(new CommandLine(new Main()).getSubcommands().keySet());
    }

    @Test
    void everyCommandAnswersHelp() {
        assertTrue(commands().containsAll(List.of("gui", "decode", "serve", "convert", "help")), commands()::toString);
        for (String command : commands()) {
            for (String flag : List.of("--help", "-h")) {
                DecodeCommandTest.Run run = DecodeCommandTest.run(command, flag);
                assertEquals(0, run.status(), command + " " + flag + ": " + run.err());
                assertTrue(run.out().contains("Usage: websocket-inspector " + command), command + ": " + run.out());
            }
        }
    }

    @Test
    void theHelpCommandDescribesEachCommand() {
        for (String command : commands()) {
            DecodeCommandTest.Run run = DecodeCommandTest.run("help", command);
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("Usage: websocket-inspector " + command), run.out());
        }
    }

    @Test
    void theProgramAnswersHelp() {
        DecodeCommandTest.Run run = DecodeCommandTest.run("--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("decode"), run.out());
    }
}
