package wsinspector.ui.window;

import java.util.List;

import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.StyledTextArea;
import wsinspector.ui.file.InputNoticeBanner;
import wsinspector.ui.inspect.InspectorPane;
import wsinspector.ui.lesson.LessonPanel;
import wsinspector.ui.live.LiveStyles;

/**
 * An empty node that stays in the window and holds the stylesheets of the parts the window takes out and puts back
 * (the live panes, the lesson, the inspector and its hex area, the notice of what a file is): JavaFX drops a stylesheet,
 * and its parsed rules and cached styles, when the last node using it leaves the scene, and reads and parses the file
 * again when one comes back.
 * Arranging the bands for a capture and placing the inspector's parts did that on every open (20-40 ms of the FX thread
 * on the first screen of a big capture). Holding a stylesheet here styles nothing: the node has no children.
 */
final class KeptStylesheets extends Region {
    /** The stylesheets of the parts that come and go. */
    static final List<String> URLS = List.of(LiveStyles.URL, LessonPanel.STYLESHEET, InspectorPane.STYLESHEET,
            InputNoticeBanner.STYLESHEET,
            StyledTextArea.class.getResource("styled-text-area.css").toExternalForm(),
            CodeArea.class.getResource("code-area.css").toExternalForm());

    KeptStylesheets() {
        getStylesheets().setAll(URLS);
        setManaged(false);
        setMouseTransparent(true);
        setFocusTraversable(false);
        resize(0, 0);
    }
}
