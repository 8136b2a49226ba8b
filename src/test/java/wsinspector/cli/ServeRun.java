package wsinspector.cli;

import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;

import picocli.CommandLine;

/** {@code serve} run on a thread of its own as the tests drive it: its stdout and stderr line by line; interrupted to stop. */
final class ServeRun {
    final LineQueue out = new LineQueue();
    final LineQueue err = new LineQueue();
    private Thread serving;

    /** Starts {@code serve} with these arguments; its exit status once it ends. */
    CompletableFuture<Integer> start(String... args) {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        CommandLine cmd = new CommandLine(new ServeCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        serving = new Thread(() -> exit.complete(cmd.execute(args)), "serve-under-test");
        serving.setDaemon(true);
        serving.start();
        return exit;
    }

    /** Asks it to stop, as Ctrl-C would (the command closes its server when interrupted). */
    void interrupt() {
        if (serving != null) {
            serving.interrupt();
        }
    }

    /** Stops it and waits a little for it to end. */
    void stop() throws InterruptedException {
        if (serving != null) {
            serving.interrupt();
            serving.join(5000);
        }
    }
}
