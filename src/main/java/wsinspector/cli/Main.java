package wsinspector.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line entry of the jar (DESIGN.md, "Contracts"): no arguments or {@code gui [FILE]}
 * opens the window; {@code decode} and {@code serve} run headless. Not a JavaFX Application, so
 * the fat jar starts with plain {@code java -jar}.
 */
@Command(name = "websocket-inspector", mixinStandardHelpOptions = true, version = "WebSocket Inspector 0.1",
        description = "Shows the WebSocket protocol byte by byte.",
        subcommands = {DecodeCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        int status = run(args);
        if (status != 0 || args.length == 0 || !"gui".equals(args[0])) {
            System.exit(status);
        }
    }

    /** Runs a command line and returns its exit status (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        String[] effective = args;
        CommandLine line = new CommandLine(new Main());
        line.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        line.setParameterExceptionHandler((ex, ignored) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return line.execute(effective);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
