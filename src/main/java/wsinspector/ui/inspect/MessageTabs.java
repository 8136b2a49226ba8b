package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import wsinspector.dissect.Field;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.dissect.UndecodedBytes;
import wsinspector.ui.I18n;

/** Which views a message gets below hex, tree and explanation, in the order a lesson uses them. */
final class MessageTabs {
    private MessageTabs() {
    }

    static List<Tab> of(I18n i18n, InspectorModel model, List<Consumer<Field>> followers) {
        Message m = model.message();
        List<Tab> tabs = new ArrayList<>();
        if (m instanceof UndecodedBytes u) {
            tabs.add(tab(i18n, "reason", new UndecodedView(i18n, u).node()));
        }
        tabs.add(tab(i18n, "problems", new ProblemsView(i18n, m, model::selectField).node()));
        return tabs;
    }

    static Tab tab(I18n i18n, String id, Node content) {
        Tab t = new Tab(i18n.t("inspect.tab." + id), content);
        t.setId(id);
        return t;
    }
}
