package wsinspector.ui.window;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import wsinspector.ui.I18n;

/**
 * The window's language across starts: the one last chosen with Ctrl+L, else the user's (Russian when the system
 * speaks it). A lecturer who switched to Russian once used to get 10-60 s of the English window at every start on a
 * loaded laptop, and a Ctrl+L pressed meanwhile waited for the panes to be built; now the first frame is in the
 * language chosen. Kept in a one-line properties file ({@code language=ru}) under the user's configuration folder
 * ({@code $XDG_CONFIG_HOME}, else {@code ~/.config}), or where {@value #FILE_PROPERTY} says.
 */
final class SavedLanguage {
    /** A system property naming the settings file instead (tests, a portable copy on a stick). */
    static final String FILE_PROPERTY = "wsinspector.settings";
    private static final String KEY = "language";

    private final Path file;

    SavedLanguage(Path file) {
        this.file = file;
    }

    /** The user's settings file: {@value #FILE_PROPERTY}, else the configuration folder's. */
    static SavedLanguage ofUser() {
        return new SavedLanguage(userFile(System.getProperties().getProperty(FILE_PROPERTY), System.getenv(),
                System.getProperty("user.home")));
    }

    static Path userFile(String asked, Map<String, String> env, String home) {
        if (asked != null && !asked.isBlank()) {
            return Path.of(asked);
        }
        String config = env.get("XDG_CONFIG_HOME");
        Path folder = config != null && !config.isBlank() ? Path.of(config) : Path.of(home, ".config");
        return folder.resolve("websocket-inspector").resolve("settings.properties");
    }

    /** The language last saved; {@code system}'s (Russian or English) when none was saved or the file is unreadable. */
    Locale initial(Locale system) {
        String saved = read();
        if ("ru".equals(saved)) {
            return I18n.RUSSIAN;
        }
        if ("en".equals(saved)) {
            return I18n.ENGLISH;
        }
        return "ru".equals(system.getLanguage()) ? I18n.RUSSIAN : I18n.ENGLISH;
    }

    private String read() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;   // the system's language, as on a first start
        }
        return p.getProperty(KEY, "").trim();
    }

    /**
     * Remembers {@code language} for the next start. A settings file that cannot be written costs only that: one
     * line on the error stream, and the window goes on in the language chosen.
     */
    void save(Locale language) {
        Properties p = new Properties();
        p.setProperty(KEY, "ru".equals(language.getLanguage()) ? "ru" : "en");
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "WebSocket Inspector");
            }
        } catch (IOException e) {
            System.err.println("websocket-inspector: the language chosen is not remembered for the next start: "
                    + file + ": " + e.getMessage());
        }
    }
}
