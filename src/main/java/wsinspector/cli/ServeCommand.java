package wsinspector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import wsinspector.net.ServerLimits;
import wsinspector.net.StudentAddresses;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.Phrase;

/**
 * {@code serve}: the echo server alone, headless, until interrupted (DESIGN.md). Prints {@code listening on
 * ws://H:N/} when ready (and, listening beyond loopback, the student page's addresses for the class), then one line
 * per connection opened (with the browser), closed (with its close code), refused or paused (a client that does not
 * read), and one per fault inside the server: every line in the command line's language, none from java.util.logging.
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

    @Option(names = "--handshake-timeout", defaultValue = "10", paramLabel = "SECONDS")
    private double handshakeSeconds;

    @Option(names = "--max-handshake", defaultValue = "" + ServerLimits.DEFAULT_MAX_HEAD_BYTES, paramLabel = "BYTES")
    private int maxHeadBytes;

    @Option(names = "--max-pending", defaultValue = "" + ServerLimits.DEFAULT_MAX_PENDING_HANDSHAKES, paramLabel = "N")
    private int maxPending;

    @Option(names = "--max-connections", defaultValue = "" + ServerLimits.DEFAULT_MAX_CONNECTIONS, paramLabel = "N")
    private int maxConnections;

    @Option(names = "--max-fragments", defaultValue = "" + ServerLimits.DEFAULT_MAX_FRAGMENTS, paramLabel = "N")
    private int maxFragments;

    @Option(names = "--max-inflated", defaultValue = "" + ServerLimits.DEFAULT_MAX_INFLATED_BYTES, paramLabel = "BYTES")
    private long maxInflated;

    @Option(names = "--max-queued", defaultValue = "" + ServerLimits.DEFAULT_MAX_QUEUED_BYTES, paramLabel = "BYTES")
    private long maxQueued;

    @Option(names = "--stalled-timeout", defaultValue = "30", paramLabel = "SECONDS")
    private double stalledSeconds;

    /** The language of the log (read before parsing too, for the help: see {@link UsageTexts}). */
    @Option(names = "--lang", paramLabel = "LANG")
    private String lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CliWords words = CliWords.forLanguage(CommandLanguage.of(lang, spec.commandLine()));
        EchoServerOptions options;
        try {
            options = options(words);
        } catch (BadOption bad) {
            return fail(err, bad.getMessage());
        }
        EchoServer server = new EchoServer(options, null);
        server.setMaxConnectionsPerAddress(maxPerAddress);
        server.setPeerLanguage(Locale.forLanguageTag(words.language())); // students read them in their browsers
        server.addConnectionListener(new Report(out, words));
        InetSocketAddress at;
        try {
            at = server.start();
        } catch (IOException e) {
            server.close();
            String why = e instanceof BindException ? words.t("serve.addressInUse") : e.getMessage();
            return fail(err, words.t("serve.cannotListen", hostForUrl(host) + ":" + port, why));
        }
        out.println(words.t("serve.listening", "ws://" + hostForUrl(host) + ":" + at.getPort() + "/"));
        // open to the network: the addresses to write on the board (the page's own address is the same port)
        for (String url : StudentAddresses.pageUrls(at)) {
            out.println(words.t("serve.students", url));
        }
        out.flush();
        runUntilInterrupted(server);
        return 0;
    }

    /**
     * The options as the server's settings, every limit checked here first, so that the line naming a bad one comes
     * from this command's bundle in its language (the server's own types would say it in English): the ranges
     * {@link EchoServerOptions} and {@link ServerLimits} guard, the timeouts in seconds and the cap per address.
     *
     * @throws BadOption with the line that names the first option out of its range
     */
    private EchoServerOptions options(CliWords words) throws BadOption {
        if (port < 0 || port > 65535) {
            throw new BadOption(words.t("serve.port", Integer.toString(port)));
        }
        List<Floor> floors = List.of(new Floor("--delay", delayMillis, 0), new Floor("--max-message", maxMessageBytes, 1),
                new Floor("--max-handshake", maxHeadBytes, ServerLimits.MIN_HEAD_BYTES),
                new Floor("--max-pending", maxPending, 1), new Floor("--max-connections", maxConnections, 1),
                new Floor("--max-fragments", maxFragments, 1), new Floor("--max-inflated", maxInflated, 1),
                new Floor("--max-queued", maxQueued, 1), new Floor("--max-per-address", maxPerAddress, 0));
        for (Floor floor : floors) {
            if (floor.value() < floor.least()) {
                throw new BadOption(words.t("serve.atLeast", floor.option(), Long.toString(floor.least()),
                        Long.toString(floor.value())));
            }
        }
        return EchoServerOptions.defaults().withHost(host).withPort(port).withSubprotocols(subprotocols)
                .withAllowedOrigins(origins).withDelayMillis(delayMillis).withAnswerPings(!noPong)
                .withMaxMessageBytes(maxMessageBytes).withPermessageDeflate(!noDeflate)
                .withIdleTimeout(seconds(words, "--idle-timeout", idleSeconds))
                .withHandshakeTimeout(seconds(words, "--handshake-timeout", handshakeSeconds))
                .withLimits(new ServerLimits(maxHeadBytes, maxPending, maxConnections, maxFragments, maxInflated,
                        maxQueued, seconds(words, "--stalled-timeout", stalledSeconds)));
    }

    /** A count option and the least it may be. */
    private record Floor(String option, long value, long least) {
    }

    /** Seconds, fractions allowed (0.5 is 500 ms); 0 for never. */
    private static Duration seconds(CliWords words, String option, double seconds) throws BadOption {
        if (!(seconds >= 0) || seconds > 1e9) {
            throw new BadOption(words.t("serve.seconds", option, asTyped(seconds)));
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** -1 rather than -1.0, as the command line had it. */
    private static String asTyped(double value) {
        return Double.isFinite(value) ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : Double.toString(value);
    }

    /** One line on stderr and exit 2. */
    private static int fail(PrintWriter err, String line) {
        err.println(line);
        err.flush();
        return 2;
    }

    /** An option out of its range; the message is the whole line that says so, in the command line's language. */
    private static final class BadOption extends Exception {
        private static final long serialVersionUID = 1L;

        BadOption(String line) {
            super(line, null, false, false);
        }
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

    /** One line per connection event, e.g. {@code #3 closed 1000 bye}, in the command line's language. */
    static final class Report implements ConnectionListener {
        private final PrintWriter out;
        private final CliWords words;
        private final Explanations explanations;

        Report(PrintWriter out, CliWords words) {
            this.out = out;
            this.words = words;
            this.explanations = words.explanations();
        }

        @Override
        public void opened(ConnectionInfo c) {
            print(words.t("serve.opened", Long.toString(c.id()), c.peer(), kindName(c.kind()), c.path())
                    + (c.subprotocol() == null ? "" : words.t("serve.opened.subprotocol", c.subprotocol()))
                    + (c.permessageDeflate() ? words.t("serve.opened.deflate") : "")
                    + c.browser().map(b -> " (" + browser(b) + ")").orElse(""));
        }

        @Override
        public void closed(ConnectionInfo c, int closeCode, Phrase reason) {
            String code = closeCode == -1 ? words.t("serve.closed.noFrame") : Integer.toString(closeCode);
            print(words.t("serve.closed", Long.toString(c.id()), code) + (reason == null ? "" : " " + explanations.phrase(reason)));
        }

        /**
         * "#2 refused 127.0.0.1:5000 400 …": a refused handshake is a connection and has its number, as in the
         * window's list; one turned away before it was served (429, 503) took none and is told without.
         */
        @Override
        public void refused(long connection, String peer, int status, Phrase reason) {
            print((connection >= 0 ? words.t("serve.refused.numbered", Long.toString(connection), peer)
                    : words.t("serve.refused", peer)) + (status > 0 ? " " + status : "")
                    + (reason == null ? "" : " " + explanations.phrase(reason)));
        }

        @Override
        public void readingPaused(long connection, String peer, Phrase why) {
            print(words.t("serve.paused", Long.toString(connection)) + " " + explanations.phrase(why));
        }

        @Override
        public void serverFault(Phrase what) {
            print(words.t("serve.fault", explanations.phrase(what)));
        }

        private String browser(BrowserName b) {
            return b.system().isEmpty() ? b.product() : explanations.phrase(Phrase.of("net.browser", b.product(), b.system()));
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
