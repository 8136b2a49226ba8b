package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;

/**
 * Every inspector tab of every message of the samples, in Russian at 1280×800: no word broken over two lines, no
 * label cut or clipped at its side, nothing scrolls sideways. (How tall the tabs are is the window layout's matter;
 * here only what a view does with the width it gets.) The draft's byte count in the framing comparison broke as
 * «7 / ба / йт» beside its wrapping title (FINDINGS W5-8).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(300)
class InspectorTabsWholeTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, 1280, 800);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get();
    }

    @Test
    void everyTabOfTheSamplesInRussianAt1280KeepsItsWordsWhole() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        List<String> found = new ArrayList<>();
        for (Path sample : List.of(SampleDumps.COURSE_NOTES, SampleDumps.HIXIE76,
                Path.of("samples", "protocol-error.pcapng"))) {
            WindowFixture.open(window, sample);
            List<Message> messages = List.copyOf(window.session().current().messages());
            for (int i = 0; i < messages.size(); i++) {
                Message m = messages.get(i);
                WaitForAsyncUtils.asyncFx(() -> window.session().select(m)).get();
                settle();
                TabPane tabs = (TabPane) window.root().lookup(".inspector-tabs");
                for (Tab tab : List.copyOf(tabs.getTabs())) {
                    WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tab)).get();
                    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wsinspector.ui.inspect.InspectorPane.viewOf(tab) != null);
                    settle();
                    String where = sample.getFileName() + " · №" + (i + 1) + " · " + tab.getText() + ": ";
                    found.addAll(WaitForAsyncUtils.asyncFx(() -> sideways(where, (Parent) tab.getContent())).get());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** The problems of what a view does with its width; heights (a label too low, cut at its top) left out. */
    private static List<String> sideways(String where, Parent view) {
        List<String> out = new ArrayList<>();
        for (String p : LayoutProblems.in(view)) {
            if (p.startsWith("word broken") || p.startsWith("cut:") || p.startsWith("scrolls sideways")
                    || (p.startsWith("clipped:") && p.contains(" spans x "))) {
                out.add(where + p);
            }
        }
        return out;
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
