package wsinspector.cli;

import java.nio.file.Path;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import wsinspector.ui.window.Launcher;

/**
 * The command-line entry of the jar (DESIGN.md, "Contracts"): no arguments or {@code gui [FILE]}
 * opens the window; {@code decode} and {@code serve} run headless. Not a JavaFX Application, so
 * the fat jar starts with plain {@code java -jar}.
 */
@Command(name = "websocket-inspector", mixinStandardHelpOptions = true, version = "WebSocket Inspector 0.1",
        resourceBundle = UsageTexts.BUNDLE,
        subcommands = {GuiCommand.class, DecodeCommand.class, ServeCommand.class, ProxyCommand.class, ConvertCommand.class,
                ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        // The window is what most people start: skip building the whole command line for it, which
        // costs a few hundred milliseconds of class loading before the toolkit can start.
        if (args.length == 0 || (args.length <= 2 && "gui".equals(args[0]) && !isOption(args[args.length - 1]))) {
            Launcher.launch(args.length == 2 ? Path.of(args[1]) : null);
            System.exit(0);
        }
        // decode with plain arguments, the command run on big captures, skips building the command line too.
        DecodeCommand decode = DecodeShortcut.parse(args);
        if (decode != null) {
            System.exit(DecodeShortcut.run(decode));
        }
        // The window's launch returns only once the window is closed, so this ends every command.
        System.exit(run(args));
    }

    private static boolean isOption(String arg) {
        return arg.startsWith("-");
    }

    /** Runs a command line and returns its exit status (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        String[] effective = args.length == 0 ? new String[] {"gui"} : args;
        CommandLine line = commandLine(effective, UsageTexts.userLanguage(System.getenv(), Locale.getDefault()));
        line.setOut(ConsoleCharset.writer(System.out, ConsoleCharset.stdout()));
        line.setErr(ConsoleCharset.writer(System.err, ConsoleCharset.stderr()));
        return line.execute(effective);
    }

    /**
     * The whole command line, its usage help in the language of {@code args}' --lang or else
     * {@code userLanguage} (see {@link UsageTexts}), its errors one line with status 2.
     */
    static CommandLine commandLine(String[] args, String userLanguage) {
        CommandLine line = new CommandLine(new Main());
        line.setResourceBundle(UsageTexts.forArguments(args, userLanguage));
        line.setExecutionExceptionHandler((ex, cmd, parsed) -> failed(cmd, ex));
        line.setParameterExceptionHandler((ex, ignored) -> {
            // picocli's own sentences are English: the line is said in the help's language instead
            ex.getCommandLine().getErr().println(CliWords.of(ex.getCommandLine()).parameterError(ex));
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return line;
    }

    /** A command's unexpected exception: one line in the help's language, status 2. */
    static int failed(CommandLine cmd, Exception ex) {
        return failed(cmd.getErr(), CliWords.of(cmd), ex);
    }

    static int failed(java.io.PrintWriter err, CliWords words, Exception ex) {
        err.println(words.t("error.line", ex.getMessage() == null ? ex.toString() : ex.getMessage()));
        return 2;
    }

    @Override
    public void run() {
        new GuiCommand().call();
    }
}
