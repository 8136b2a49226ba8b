package wsinspector.ui.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The lessons that come with the application, lesson files in the resources beside this class. */
public enum BuiltInLessons {
    /** The course notes (LESSON.md) statement by statement, on live bytes. */
    NOTES("notes.json"),
    /** Broken frames sent raw, and the server's answers: 1002, 1007… */
    ERRORS("errors.json");

    private final String resource;

    BuiltInLessons(String resource) {
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }

    /** The lesson; a broken built-in file is a bug of the build, so it fails loudly (tests read every one). */
    public Lesson load() {
        try (InputStream in = BuiltInLessons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in lesson missing from the build: " + resource);
            }
            return LessonReader.read(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LessonFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
