package wsinspector.ui.inspect;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.explain.Explanations;
import wsinspector.ui.I18n;

/**
 * Loads (without initialising them), off the FX thread, the classes the inspector's first view and the timeline's first cells need (the skins of the
 * tree, the tabs and the lists, RichTextFX's paragraphs, the inspector's views) and runs the texts of a message once
 * (its summary, its fields' names and explanations), while the window waits for a file. On a cold JVM the first view
 * otherwise loaded some 600 classes on the FX thread, in the steps that each must stay short (S15); what is left there
 * is the styling and layout, which only the FX thread may do. Once per JVM, on a daemon thread; a class that cannot be
 * loaded is left to be loaded where it is used.
 */
final class ClassWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** Where the classes are (a package's folder) and the names' beginnings to load there ("" for all). */
    private record Classes(String folder, List<String> names) {
    }

    private static final List<Classes> CLASSES = List.of(
            new Classes("javafx/scene/control/", List.of("Tree", "Tab", "List", "Labeled", "Cell", "IndexedCell",
                    "ScrollPane", "ScrollBar", "Label", "SplitPane", "Focus", "MultipleSelection", "SelectionModel")),
            new Classes("javafx/scene/control/skin/", List.of("Tree", "Tab", "List", "Labeled", "Cell", "IndexedCell",
                    "VirtualFlow", "VirtualContainer", "ScrollPane", "ScrollBar", "Label", "SplitPane", "Nested")),
            new Classes("com/sun/javafx/scene/control/behavior/", List.of("Tree", "Tab", "List", "Cell", "Behavior",
                    "FocusTraversal", "ScrollBar", "ScrollPane")),
            new Classes("javafx/scene/shape/", List.of("Line", "Polygon", "Shape")),
            new Classes("com/sun/javafx/sg/prism/", List.of("NGLine", "NGPolygon", "NGShape")),
            new Classes("org/fxmisc/richtext/", List.of("")),
            new Classes("org/fxmisc/richtext/model/", List.of("")),
            new Classes("org/fxmisc/flowless/", List.of("")),
            new Classes("wsinspector/ui/inspect/", List.of("")),
            new Classes("wsinspector/ui/timeline/", List.of("")));

    private ClassWarmUp() {
    }

    /** Starts the warm-up once per JVM; returns at once. */
    static void start(java.util.Locale locale) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> run(locale), "wsinspector-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        FirstViewRehearsal.start(locale);
    }

    private static void run(java.util.Locale locale) {
        ClassLoader loader = ClassWarmUp.class.getClassLoader();
        for (Classes c : CLASSES) {
            for (String name : names(loader, c)) {
                try {
                    // loaded, not initialised: no initialiser runs here, so none can wait for one the FX thread runs
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError notHere) {
                    // loaded where it is used, as before
                }
            }
        }
        try {
            texts(locale);
        } catch (RuntimeException notWarmed) {
            // the texts are made again where they are shown; a failure here changes nothing on screen
        }
    }

    /** The texts the inspector shows for a handshake and a masked frame, made once and dropped (classes, formats, lambdas). */
    private static void texts(java.util.Locale locale) {
        I18n i18n = new I18n(locale);
        Explanations explanations = Explanations.forLocale(locale);
        List<Message> messages = sample();
        for (Message m : messages) {
            Texts.summary(i18n, m);
            Texts.counts(i18n, m.problems());
            Texts.direction(i18n, m.direction());
            Texts.bytes(i18n, m.length());
            ProblemPlaces.of(m).fields(m);
            for (Field f : m.root().flatten()) {
                explanations.name(f);
                explanations.explain(f);
                explanations.meaning(f);
                f.equals(m.root());
                f.hashCode();
            }
            m.equals(messages.get(0));
            m.hashCode();
        }
    }

    /** A handshake (request, answer) and a masked text frame: what the warm-ups show. */
    static List<Message> sample() {
        String request = "GET /chat HTTP/1.1\r\nHost: example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        String response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
        byte[] frame = {(byte) 0x81, (byte) 0x85, 0x37, (byte) 0xfa, 0x21, 0x3d, 0x7f, (byte) 0x9f, 0x4d, 0x51, 0x58};
        return Dissector.dissect(List.of(
                Chunk.of(Direction.CLIENT_TO_SERVER, request.getBytes(StandardCharsets.US_ASCII)),
                Chunk.of(Direction.SERVER_TO_CLIENT, response.getBytes(StandardCharsets.US_ASCII)),
                Chunk.of(Direction.CLIENT_TO_SERVER, frame))).messages();
    }

    /** The classes in a package's folder whose names begin as listed, from the jar or the folder that holds it. */
    private static List<String> names(ClassLoader loader, Classes c) {
        List<String> names = new ArrayList<>();
        URL folder = loader.getResource(c.folder());
        if (folder == null) {
            return names;
        }
        try {
            if ("jar".equals(folder.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(JarEntry::getName).forEach(n -> add(c, n, names));
                }
            } else if ("file".equals(folder.getProtocol())) {
                Path dir = Path.of(folder.toURI());
                try (Stream<Path> files = Files.list(dir)) {
                    files.forEach(p -> add(c, c.folder() + p.getFileName(), names));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException unreadable) {
            // what was found so far is loaded; the rest where it is used
        }
        return names;
    }

    private static void add(Classes c, String entry, List<String> names) {
        if (!entry.startsWith(c.folder()) || !entry.endsWith(".class") || entry.indexOf('/', c.folder().length()) >= 0
                || entry.endsWith("module-info.class")) {
            return;
        }
        String simple = entry.substring(c.folder().length());
        if (c.names().stream().anyMatch(simple::startsWith)) {
            names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
        }
    }
}
