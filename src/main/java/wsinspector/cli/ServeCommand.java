package wsinspector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wsinspector.explain.Explanations;
import wsinspector.net.BrowserName;
import wsinspector.net.ConnectionInfo;
import wsinspector.net.ConnectionListener;
import wsinspector.net.EchoServer;
import wsinspector.net.EchoServerOptions;
import wsinspector.net.StudentAddresses;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.Phrase;

/**
 * {@code serve}: the echo server alone, headless, until interrupted (DESIGN.md). Prints {@code listening on
 * ws://H:N/} when ready (and, listening beyond loopback, the student page's addresses for the class), then one line
 * per connection opened (with the browser), closed (with its close code) or refused.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", defaultValue = EchoServerOptions.DEFAULT_HOST, paramLabel = "H")
    private String host;

    @Option(names = "--port", defaultValue = "0", paramLabel = "N")
    private int port;

    @Option(names = "--subprotocol", split = ",", paramLabel = "NAME")
    private List<String> subprotocols = new ArrayList<>();

    @Option(names = "--origin", split = ",", paramLabel = "ORIGIN")
    private List<String> origins = new ArrayList<>();

    @Option(names = "--delay", defaultValue = "0", paramLabel = "MS")
    private long delayMillis;

    @Option(names = "--no-pong")
    private boolean noPong;

    @Option(names = "--max-message", defaultValue = "16777216", paramLabel = "BYTES")
    private long maxMessageBytes;

    @Option(names = "--no-deflate")
    private boolean noDeflate;

    @Option(names = "--idle-timeout", defaultValue = "600", paramLabel = "SECONDS")
    private long idleSeconds;

    @Option(names = "--max-per-address", defaultValue = "10", paramLabel = "N")
    private int maxPerAddress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EchoServerOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (maxPerAddress < 0) {
            err.println("serve: --max-per-address must be 0 (no cap) or more, not " + maxPerAddress);
            err.flush();
            return 2;
        }
        EchoServer server = new EchoServer(options, null);
        server.setMaxConnectionsPerAddress(maxPerAddress);
        server.addConnectionListener(new Report(out));
        InetSocketAddress at;
        try {
            at = server.start();
        } catch (IOException e) {
            server.close();
            String why = e instanceof BindException ? "the address is in use or not available" : e.getMessage();
            err.println("serve: cannot listen on " + hostForUrl(host) + ":" + port + ": " + why);
            err.flush();
            return 2;
        }
        out.println("listening on ws://" + hostForUrl(host) + ":" + at.getPort() + "/");
        // open to the network: the addresses to write on the board (the page's own address is the same port)
        for (String url : StudentAddresses.pageUrls(at)) {
            out.println("students open " + url + " in a browser");
        }
        out.flush();
        runUntilInterrupted(server);
        return 0;
    }

    private EchoServerOptions options() {
        return EchoServerOptions.defaults().withHost(host).withPort(port).withSubprotocols(subprotocols)
                .withAllowedOrigins(origins).withDelayMillis(delayMillis).withAnswerPings(!noPong)
                .withMaxMessageBytes(maxMessageBytes).withPermessageDeflate(!noDeflate)
                .withIdleTimeout(Duration.ofSeconds(idleSeconds));
    }

    /** Waits for an interrupt (a test) or the JVM's shutdown (Ctrl-C); the server is closed either way. */
    private static void runUntilInterrupted(EchoServer server) {
        Thread hook = new Thread(server::close, "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** One line per connection event, e.g. {@code #3 closed 1000 bye}. */
    private static final class Report implements ConnectionListener {
        /** The log is English, said from the same bundles as the window's words. */
        private static final Explanations ENGLISH = Explanations.forLanguage("en");
        private final PrintWriter out;

        Report(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void opened(ConnectionInfo c) {
            print("#" + c.id() + " opened " + c.peer() + " " + kindName(c.kind()) + " " + c.path()
                    + (c.subprotocol() == null ? "" : " subprotocol " + c.subprotocol())
                    + (c.permessageDeflate() ? " permessage-deflate" : "")
                    + c.browser().map(b -> " (" + browser(b) + ")").orElse(""));
        }

        @Override
        public void closed(ConnectionInfo c, int closeCode, Phrase reason) {
            String code = closeCode == -1 ? "without a close frame" : Integer.toString(closeCode);
            print("#" + c.id() + " closed " + code + (reason == null ? "" : " " + ENGLISH.phrase(reason)));
        }

        @Override
        public void refused(String peer, int status, Phrase reason) {
            print("refused " + peer + (status > 0 ? " " + status : "") + (reason == null ? "" : " " + ENGLISH.phrase(reason)));
        }

        private static String browser(BrowserName b) {
            return b.system().isEmpty() ? b.product() : ENGLISH.phrase(Phrase.of("net.browser", b.product(), b.system()));
        }

        private void print(String line) {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }

        private static String kindName(HandshakeKind kind) {
            return switch (kind) {
                case RFC6455 -> "RFC 6455";
                case HIXIE76 -> "hixie-76";
                case HIXIE75 -> "hixie-75";
                default -> kind.name();
            };
        }
    }
}
