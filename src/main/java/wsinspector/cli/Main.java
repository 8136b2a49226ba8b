package wsinspector.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import wsinspector.ui.window.Launcher;

/**
 * The command-line entry of the jar (DESIGN.md, "Contracts"): no arguments, {@code gui [FILE]} or a bare
 * existing {@code FILE} (what a file manager's "Open with" passes) opens the window; {@code decode} and
 * {@code serve} run headless. Not a JavaFX Application, so
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
        String[] window = windowArguments(args);
        if (window.length == 0 || (window.length <= 2 && "gui".equals(window[0]) && !isOption(window[window.length - 1]))) {
            Launcher.launch(window.length == 2 ? Path.of(window[1]) : null);
            System.exit(0);
        }
        // decode with plain arguments, the command run on big captures, skips building the command line too.
        DecodeCommand decode = DecodeShortcut.parse(args, UsageTexts.userLanguage(System.getenv(), Locale.getDefault()));
        if (decode != null) {
            System.exit(DecodeShortcut.run(decode));
        }
        // The window's launch returns only once the window is closed, so this ends every command.
        System.exit(run(args));
    }

    private static boolean isOption(String arg) {
        return arg.startsWith("-");
    }

    /** The commands' names: a file of the same name in the working folder does not hide the command. */
    static final Set<String> COMMANDS = Set.of("gui", "decode", "serve", "proxy", "convert", "export", "help");

    /**
     * {@code gui FILE} for a bare argument naming an existing file, the arguments unchanged otherwise (a
     * command, an option, a path to nothing: picocli judges those as before).
     */
    static String[] windowArguments(String[] args) {
        if (args.length != 1 || isOption(args[0]) || COMMANDS.contains(args[0])) {
            return args;
        }
        try {
            return Files.isRegularFile(Path.of(args[0])) ? new String[] {"gui", args[0]} : args;
        } catch (InvalidPathException notAPath) {
            return args;
        }
    }

    /** Runs a command line and returns its exit status (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        String[] effective = args.length == 0 ? new String[] {"gui"} : windowArguments(args);
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
