package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.step.Prose;

/**
 * The handshake's lines' meanings: a sentence is one label, unless it holds the GUID (a word with dashes longer than
 * any header's name), which then breaks after its dashes (Prose, W6-3). One label per word for every sentence made the
 * view in front of the tabs cost the first view's step 150-270 ms of the FX thread on a capture's request (issue 10).
 */
@ExtendWith(ApplicationExtension.class)
class HandshakeSentencesTest {
    @Start
    void start(Stage stage) {
        // the toolkit only: the views are made and counted without a window
    }

    @Test
    void onlyTheSentenceWithTheGuidIsLaidOutWordByWord(FxRobot robot) {
        List<Message> sample = ClassWarmUp.sample();
        for (Locale language : List.of(I18n.ENGLISH, I18n.RUSSIAN)) {
            List<Integer> paragraphs = new ArrayList<>();
            robot.interact(() -> {
                for (Message m : sample.subList(0, 2)) {
                    InspectorModel model = new InspectorModel();
                    model.show(m, sample);
                    paragraphs.add(count(new HandshakeView(new I18n(language), model, (x, f) -> { },
                            new javafx.beans.property.SimpleBooleanProperty(false)).node()));
                }
            });
            // both halves are shown (the one selected first): of their eleven lines, the answer's Accept line only
            assertEquals(List.of(1, 1), paragraphs, "only the Accept line's meaning (the GUID), " + language);
        }
    }

    private static int count(Node node) {
        int n = node instanceof Prose ? 1 : 0;
        // never shown, the panes have no skins: their items and content are not their children yet
        if (node instanceof javafx.scene.control.SplitPane split) {
            for (Node item : split.getItems()) {
                n += count(item);
            }
        } else if (node instanceof javafx.scene.control.ScrollPane scroll) {
            n += scroll.getContent() == null ? 0 : count(scroll.getContent());
        } else if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }
}
