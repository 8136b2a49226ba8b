package wsinspector.ui.inspect;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Renders a node to a PNG under target/inspect-shots, without a display (scene.snapshot). Call on the FX thread. */
final class InspectorShots {
    static final Path DIR = Path.of("target", "inspect-shots");

    private InspectorShots() {
    }

    static Path write(Scene scene, String name) throws IOException {
        Parent root = scene.getRoot();
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            root.layout();
        }
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Files.createDirectories(DIR);
        Path file = DIR.resolve(name + ".png");
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}
