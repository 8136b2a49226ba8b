package wsinspector.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.sun.javafx.font.PGFont;
import com.sun.javafx.scene.text.FontHelper;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import wsinspector.dissect.Direction;
import wsinspector.dissect.Summaries;
import wsinspector.ui.window.Theme;

/**
 * W7-6: the glyph a label shows for a control byte is one the window's fonts have. The control pictures (␞ ␉) were
 * drawn as empty boxes: no font of a default Linux desktop has them, and JavaFX's fallback fonts found none either.
 * Asked of the font each kind of arrow really gets from the window's style sheets (bold for the handshake, monospace
 * for the legacy framing, italic for undecoded bytes), through the font's own glyph map: a missing glyph maps to 0.
 */
@ExtendWith(ApplicationExtension.class)
class ControlGlyphTest {
    private final List<ArrowRow> rows = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        VBox box = new VBox();
        for (ArrowKind kind : ArrowKind.values()) {
            ArrowRow row = new ArrowRow();
            row.show(0, Direction.SERVER_TO_CLIENT, Summaries.shown("{\u001e\t!", 10), null, kind, 0);
            rows.add(row);
            box.getChildren().add(row);
        }
        Scene scene = new Scene(box, 600, 400);
        scene.getStylesheets().add(wsinspector.ui.window.MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theDotForAControlByteIsInEveryArrowsFont(FxRobot robot) {
        robot.interact(() -> {
            for (ArrowRow row : rows) {
                row.applyCss();
                Font font = row.textLabel().getFont();
                String label = row.textLabel().getText();
                assertTrue(label.indexOf(Summaries.CONTROL_SHOWN) > 0, label);
                assertTrue(hasGlyph(font, Summaries.CONTROL_SHOWN), font + " has no glyph for U+00B7");
                for (char c : label.toCharArray()) {
                    assertTrue(hasGlyph(font, c), font + " has no glyph for U+" + Integer.toHexString(c) + " in " + label);
                }
            }
        });
    }

    /** The check itself tells a missing glyph: U+FFFF, a noncharacter no font maps. */
    @Test
    void aCharacterTheFontLacksIsToldMissing(FxRobot robot) {
        robot.interact(() -> assertFalse(hasGlyph(rows.get(0).textLabel().getFont(), '\uffff')));
    }

    private static boolean hasGlyph(Font font, char c) {
        PGFont nativeFont = (PGFont) FontHelper.getNativeFont(font);
        return nativeFont.getFontResource().getGlyphMapper().charToGlyph(c) != 0;
    }
}
