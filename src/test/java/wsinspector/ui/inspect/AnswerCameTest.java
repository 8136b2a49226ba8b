package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * A request shown before its answer came (a guided lesson selects the request a moment before the echo server's
 * answer is recorded): once the answer is there the accept computation compares the value sent with the one computed
 * instead of saying «no answer from the server yet» beside the answer's arrow. The field, the view in front and the
 * lines (the request's alone, not moved by the answer's under them) stay.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class AnswerCameTest {
    private InspectorPane pane;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        i18n = new I18n(I18n.RUSSIAN);
        pane = new InspectorPane(i18n);
        InspectorStage.show(stage, pane, 14, 1260, 760);
    }

    @Test
    void theRequestShownBeforeItsAnswerComparesWithItOnceItCame(FxRobot robot) throws Exception {
        List<Message> conversation = Samples.conversation();
        Message request = conversation.get(0);
        Field host = request.root().find("header.Host").orElseThrow();
        robot.interact(() -> {
            pane.show(request, List.of(request));
            pane.showTab("handshake");
            pane.selectField(host);
        });
        InspectorWhole.await(pane);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(".proof-note") != null);
        assertEquals(i18n.t("inspect.proof.waiting"), ((Labeled) shown(".proof-note")).getText());

        boolean again = WaitForAsyncUtils.asyncFx(() -> pane.answerCame(conversation.subList(0, 2))).get();
        assertTrue(again, "the answer came");
        InspectorWhole.await(pane);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(".proof-result") != null);
        assertEquals(null, shown(".proof-note"), "no «no answer yet» once the answer is there");
        assertEquals(host, pane.selectedFieldProperty().get(), "the field selected before");
        assertEquals("handshake", pane.tabs().getSelectionModel().getSelectedItem().getId(), "the view in front");
        assertEquals(1, WaitForAsyncUtils.asyncFx(() -> shown(".hs-view").lookupAll(".hs-section").size()).get(),
                "the request's lines alone");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> pane.answerCame(conversation)).get(),
                "with its answer already: nothing came");
    }

    /** The node of this style class in the view in front, or null. */
    private Node shown(String selector) {
        javafx.scene.control.Tab front = pane.tabs().getSelectionModel().getSelectedItem();
        Node view = front == null ? null : InspectorPane.viewOf(front);
        return view == null ? null : view.lookup(selector);
    }
}
