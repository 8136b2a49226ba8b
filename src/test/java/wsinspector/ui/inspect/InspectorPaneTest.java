package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

@ExtendWith(ApplicationExtension.class)
class InspectorPaneTest {
    private InspectorPane pane;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        i18n = new I18n(I18n.ENGLISH);
        pane = new InspectorPane(i18n);
        stage.setScene(new Scene(pane, 1260, 760));
        // the stage is TestFX's one primary stage for every test class: one that set its width (BitsStackTest, 700 px)
        // left this scene 700 px wide, and a click meant for a bit landed elsewhere when run after it (ORD)
        stage.sizeToScene();
        stage.show();
    }

    private Message showMaskedHello(FxRobot robot) {
        Message hello = Samples.clientFrame(Samples.MASKED_HELLO); // RFC 6455 §5.7 masked "Hello"
        robot.interact(() -> pane.show(hello, List.of(hello)));
        // its first view comes in FX tasks after pulses (the hex's rows over two): the tree is there once it is whole
        InspectorWhole.await(pane);
        return hello;
    }

    @Test
    void selectingTheMaskingKeyLightsUpItsFourBytes(FxRobot robot) {
        Message hello = showMaskedHello(robot);
        Field key = hello.root().find("frame.maskingKey").orElseThrow();
        robot.interact(() -> pane.selectField(key));
        HexView hex = pane.hexView();
        for (int i = 0; i < 11; i++) {
            boolean selected = hex.area().getStyleOfChar(hex.layout().hexStart(i)).contains(HexStyler.SELECTED);
            assertEquals(i >= 2 && i < 6, selected, "byte " + i);
        }
        assertEquals(key, pane.fieldTree().tree().getSelectionModel().getSelectedItem().getValue());
    }

    @Test
    void clickingAPayloadByteSelectsTheMaskedPayload(FxRobot robot) throws Exception {
        showMaskedHello(robot);
        HexView hex = pane.hexView();
        int at = hex.layout().hexStart(7);
        Bounds b = WaitForAsyncUtils.asyncFx(() -> hex.area().getCharacterBoundsOnScreen(at, at + 1).orElseThrow()).get();
        robot.clickOn(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("frame.payload.masked", pane.selectedFieldProperty().get().key());
        assertEquals("frame.payload.masked", pane.fieldTree().tree().getSelectionModel().getSelectedItem().getValue().key());
        assertTrue(hex.area().getStyleOfChar(hex.layout().asciiStart(10)).contains(HexStyler.SELECTED));
    }

    private javafx.scene.Node tabContent(FxRobot robot, String id) {
        javafx.scene.control.Tab tab = pane.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + id));
        // the first message's view in front of the tabs comes in the inspector's first view's last FX task (each of its
        // tasks after a pulse): a tab chosen before that shows its view from then on
        java.util.concurrent.CountDownLatch whole = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> pane.whenWhole(whole::countDown));
        try {
            assertTrue(whole.await(10, java.util.concurrent.TimeUnit.SECONDS), "the first view became whole");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        robot.interact(() -> pane.tabs().getSelectionModel().select(tab));
        // and the view on screen, laid out: the tab holds its view before the tab pane's skin puts it in the scene (a
        // click on it found no scene when an earlier test class had left the machine busy: ORD)
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> InspectorPane.viewOf(tab) != null
                    && tab.getContent().getScene() != null && tab.getContent().getLayoutBounds().getWidth() > 0);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("tab " + id + " has no view on screen", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return tab.getContent();
    }

    /** The texts of the labels the selector finds, read on the FX thread (the first view's steps change the parts). */
    private static List<String> texts(javafx.scene.Node root, String selector) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> root.lookupAll(selector).stream()
                    .filter(n -> n instanceof javafx.scene.control.Labeled)
                    .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList())
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read " + selector, e);
        }
    }

    @Test
    void maskingViewShowsEachByteUnmasked(FxRobot robot) {
        showMaskedHello(robot);
        javafx.scene.Node masking = tabContent(robot, "masking");
        List<String> rows = masking.lookupAll(".masking-row").stream().map(javafx.scene.Node::getAccessibleText)
                .distinct().toList();
        assertEquals(List.of("7f ⊕ 37 = 48 H", "9f ⊕ fa = 65 e", "4d ⊕ 21 = 6c l", "51 ⊕ 3d = 6c l", "58 ⊕ 37 = 6f o"),
                rows);
    }

    @Test
    void switchingTheLanguageRelabelsTheShownMessage(FxRobot robot) {
        Message hello = showMaskedHello(robot);
        Field opcode = hello.root().find("frame.opcode").orElseThrow();
        robot.interact(() -> pane.selectField(opcode));
        assertTrue(pane.tabs().getTabs().stream().anyMatch(t -> t.getText().equals("Masking")));
        robot.interact(() -> i18n.localeProperty().set(I18n.RUSSIAN));
        assertTrue(pane.tabs().getTabs().stream().anyMatch(t -> t.getText().equals("Маскирование")));
        assertTrue(texts(pane, ".inspector-title").get(0).startsWith("Клиент → сервер"));
        assertEquals(List.of("Код операции"), texts(pane, ".detail-name"));
        assertEquals(opcode, pane.selectedFieldProperty().get());
    }

    @Test
    void handshakeShowsTheAcceptKeyComputation(FxRobot robot) {
        List<Message> conversation = Samples.conversation();
        robot.interact(() -> pane.show(conversation.get(1), conversation));
        javafx.scene.Node handshake = tabContent(robot, "handshake");
        List<String> labels = texts(handshake, ".label");
        assertTrue(labels.contains("Iv8io/9s+lYFgZWcXczP8Q=="), labels.toString());
        assertTrue(labels.contains("86 c0 65 6e e0 d3 92 4d b8 b2\nbc c4 39 30 54 95 90 25 0b 68"), labels.toString());
        assertEquals(2, labels.stream().filter("hsBlbuDTkk24srzEOTBUlZAlC2g="::equals).count()); // computed, and sent
        List<String> verdict = handshake.lookupAll(".proof-equal").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText().strip()).toList();
        assertEquals(List.of("✔ equal"), verdict);
    }

    @Test
    void clickingAHandshakeLineSelectsItsField(FxRobot robot) {
        List<Message> conversation = Samples.conversation();
        robot.interact(() -> pane.show(conversation.get(0), conversation));
        javafx.scene.Node handshake = tabContent(robot, "handshake");
        javafx.scene.Node host = handshake.lookupAll(".hs-line").stream()
                .filter(n -> "Host: mai.ru".equals(((javafx.scene.control.Label) n).getText())).findFirst().orElseThrow();
        robot.clickOn(host);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("header.Host", pane.selectedFieldProperty().get().key());
        HexView hex = pane.hexView();
        int hostStart = "GET /chat HTTP/1.1\r\n".length();
        assertTrue(hex.area().getStyleOfChar(hex.layout().hexStart(hostStart)).contains(HexStyler.SELECTED));
    }

    @Test
    void legacyComparisonShowsTheNotesFraming(FxRobot robot) {
        showMaskedHello(robot);
        javafx.scene.Node legacy = tabContent(robot, "legacy");
        List<String> strips = legacy.lookupAll(".byte-strip").stream()
                .map(strip -> String.join(" ", texts(strip, ".strip-byte"))).toList();
        assertEquals(List.of("81 85 37 fa 21 3d 7f 9f 4d 51 58", "00 48 65 6c 6c 6f ff"), strips);
        assertTrue(texts(legacy, ".legacy-why-title").contains("Text frames carry no length"));
    }

    @Test
    void clickingABitSelectsItsField(FxRobot robot) {
        showMaskedHello(robot);
        javafx.scene.Node bits = tabContent(robot, "bits");
        javafx.scene.Node opcodeBit = bits.lookupAll(".bit-box").stream().toList().get(5);
        robot.clickOn(opcodeBit);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("frame.opcode", pane.selectedFieldProperty().get().key());
        assertTrue(opcodeBit.getStyleClass().contains("bit-selected"));
    }

    @Test
    void aBrokenRuleIsMarkedAndListedWithItsSection(FxRobot robot) {
        Message unmasked = Samples.clientFrame(Samples.HELLO); // a client frame without a mask
        robot.interact(() -> pane.show(unmasked, List.of(unmasked)));
        assertEquals("⚠ 1 problem", texts(pane, ".inspector-problem-count").get(0));
        HexView hex = pane.hexView();
        assertTrue(hex.area().getStyleOfChar(hex.layout().hexStart(1)).contains(HexStyler.PROBLEM));
        List<String> listed = texts(tabContent(robot, "problems"), ".problem-rule");
        assertEquals(1, listed.size());
        assertTrue(listed.get(0).contains("RFC 6455 §5.1"), listed.get(0));
    }

    @Test
    void aRemarkIsCountedAndListedApartFromTheErrors(FxRobot robot) {
        List<Message> conversation = Samples.conversationWithoutOrigin(); // a JDK or Node client sends no Origin
        Message request = conversation.get(0);
        robot.interact(() -> pane.show(request, conversation));
        assertEquals("ℹ 1 remark", texts(pane, ".inspector-problem-count").get(0));
        assertEquals(List.of(), texts(tabContent(robot, "problems"), ".problem-rule"));
        List<String> remarks = texts(tabContent(robot, "remarks"), ".problem-rule.severity-remark");
        assertEquals(1, remarks.size());
        assertTrue(remarks.get(0).startsWith("ℹ Remark: "), remarks.get(0));
    }

    @Test
    void payloadShowsTheInflatedTextBesideTheWireBytesAndACloseCode(FxRobot robot) {
        List<Message> deflate = Samples.deflateConversation(); // "Hello" compressed: c1 07 f2 48 cd c9 c9 07 00
        robot.interact(() -> pane.show(deflate.get(2), deflate));
        List<String> labels = texts(tabContent(robot, "payload"), ".label");
        assertTrue(labels.contains("f2 48 cd c9 c9 07 00"), labels.toString());
        assertTrue(labels.contains("Hello"), labels.toString());
        Message close = Samples.serverFrame(Samples.hex("88 02 03 e8")); // close 1000
        robot.interact(() -> pane.show(close, List.of(close)));
        assertTrue(texts(tabContent(robot, "payload"), ".label").contains("1000 — Normal closure"));
    }
}
