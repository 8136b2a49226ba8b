package wsinspector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wsinspector.dissect.Dissector;
import wsinspector.explain.Explanations;
import wsinspector.net.TapEvent;
import wsinspector.net.TapListener;
import wsinspector.net.WireTap;
import wsinspector.net.WsProxy;
import wsinspector.protocol.HandshakeRequestSpec;

/**
 * {@code proxy --listen PORT --to ws[s]://host:port/path}: forwards every connection made to the port to the target
 * ({@link WsProxy}; wss:// through the JDK's TLS) and prints each conversation dissected as it happens, as
 * {@code decode} prints a file: the listing, or with {@code --json} one object per message (with {@code "conn"}, the
 * connection's number). Runs until interrupted.
 */
@Command(name = "proxy", mixinStandardHelpOptions = true)
final class ProxyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--listen", required = true, paramLabel = "PORT")
    private int listenPort;

    @Option(names = "--to", required = true, paramLabel = "URL")
    private String target;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "H")
    private String host;

    @Option(names = "--json")
    private boolean json;

    /** As asked, else the user's language (see {@link CommandLanguage}). */
    @Option(names = "--lang")
    private String lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String lang = CommandLanguage.of(this.lang, spec.commandLine());
        CliWords says = CliWords.forLanguage(lang);
        if (!CommandLanguage.isKnown(lang)) {
            return fail(err, says.t("proxy.lang", lang));
        }
        if (listenPort < 0 || listenPort > 65535) {
            return fail(err, says.t("proxy.listen", Integer.toString(listenPort)));
        }
        URI to;
        try {
            to = URI.create(target);
            if (!"ws".equalsIgnoreCase(to.getScheme()) && !"wss".equalsIgnoreCase(to.getScheme())) {
                throw new IllegalArgumentException("not ws:// nor wss://");
            }
            HandshakeRequestSpec.forUrl(to);
        } catch (IllegalArgumentException e) {
            return fail(err, says.t("proxy.to", target));
        }
        Explanations words = Explanations.forLanguage(lang);
        WireTap tap = new WireTap(1 << 16);
        tap.addListener(new LiveListing(words, says, out, err, json));
        WsProxy proxy = new WsProxy(host, listenPort, to, tap);
        InetSocketAddress at;
        try {
            at = proxy.start();
        } catch (IOException e) {
            proxy.close();
            tap.close();
            String why = e instanceof BindException ? says.t("serve.addressInUse") : e.getMessage();
            return fail(err, says.t("proxy.cannotListen", host + ":" + listenPort, why));
        }
        err.println(words.text("cli.proxy.listening", "ws://" + host + ":" + at.getPort() + "/", to));
        err.flush();
        try {
            runUntilInterrupted();
        } finally {
            proxy.close();
            tap.close();
            out.flush();
        }
        return 0;
    }

    /** One line, in --lang's language, and exit 2. */
    private static int fail(PrintWriter err, String line) {
        err.println(line);
        err.flush();
        return 2;
    }

    /** Waits for an interrupt (a test) or the JVM's shutdown (Ctrl-C). */
    private static void runUntilInterrupted() {
        CountDownLatch never = new CountDownLatch(1);
        Thread hook = new Thread(never::countDown, "proxy-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            never.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }

    /**
     * The tap's events as listings, one dissector per connection, all on the tap's one thread (so the lines of two
     * connections never mix inside a message). Text: a comment line when a connection opens and ends, the message
     * blocks between. JSON: each message's object with {@code "conn"} first; the opening and closing notes on stderr.
     */
    private static final class LiveListing implements TapListener {
        private final Explanations words;
        private final CliWords says;
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean json;
        private final Map<Long, Conversation> open = new HashMap<>();

        LiveListing(Explanations words, CliWords says, PrintWriter out, PrintWriter err, boolean json) {
            this.words = words;
            this.says = says;
            this.out = out;
            this.err = err;
            this.json = json;
        }

        @Override
        public void onEvents(List<TapEvent> batch) {
            for (TapEvent e : batch) {
                if (e instanceof TapEvent.Opened o) {
                    note(words.text("cli.proxy.opened", o.connection(), o.peer()));
                    open.put(o.connection(), new Conversation(o.connection()));
                } else if (e instanceof TapEvent.Bytes b) {
                    open.computeIfAbsent(b.connection(), Conversation::new).dissector.accept(b.chunk());
                } else if (e instanceof TapEvent.Closed c) {
                    Conversation conv = open.remove(c.connection());
                    if (conv != null) {
                        conv.dissector.finish();
                        note(words.text("cli.proxy.closed", c.connection(), conv.messages,
                                c.reason() == null ? "" : words.phrase(c.reason())));
                    }
                } else if (e instanceof TapEvent.Dropped d) {
                    note(words.text("cli.proxy.dropped", d.count()));
                }
            }
            out.flush();
            err.flush();
        }

        private void note(String line) {
            if (json) {
                err.println(says.t("note", line));
            } else {
                out.println();
                out.println("# " + line);
            }
        }

        /** One connection: its dissector, printing each message as it completes. */
        private final class Conversation {
            final Dissector dissector;
            final Listing listing;
            final StringWriter one = new StringWriter();
            long messages;

            Conversation(long id) {
                listing = json ? new JsonLines(words, new PrintWriter(one)) : new TextListing(words, out);
                dissector = new Dissector(m -> {
                    messages++;
                    listing.message(m);
                    listing.flush(); // JsonLines keeps lines in its buffer until flushed; the line is wanted now
                    if (json) {
                        // JsonLines writes "{...}\n"; the connection's number goes first, as in a file's --list
                        String line = one.toString();
                        one.getBuffer().setLength(0);
                        out.print("{\"conn\":" + id + "," + line.substring(1));
                    }
                });
            }
        }
    }
}
