package wsinspector.ui.live;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Renders a scene to target/live-shots/NAME.png (headless: scene.snapshot, no display needed). */
final class Shots {
    static final Path DIR = Path.of("target", "live-shots");

    private Shots() {
    }

    /** The visible window. Call on the FX thread. */
    static Path save(Scene scene, String name) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return write(scene.snapshot(null), name);
    }

    /**
     * The whole content of the pane's scroll pane, also what is scrolled out of view (the headless screen is
     * only 800 pixels high). Call on the FX thread.
     */
    static Path saveContent(Node pane, String name) {
        pane.getScene().getRoot().applyCss();
        pane.getScene().getRoot().layout();
        Node content = pane.lookup(".live-content");
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        return write(content.snapshot(params, null), name);
    }

    private static Path write(WritableImage image, String name) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
