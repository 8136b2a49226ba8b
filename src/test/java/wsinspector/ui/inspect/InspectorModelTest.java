package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import wsinspector.dissect.FramingComparison;
import wsinspector.dissect.Hex;
import wsinspector.dissect.Message;

class InspectorModelTest {
    private final List<Message> conversation = Samples.conversation(); // request, response, masked Hello, Hello
    private final InspectorModel model = new InspectorModel();

    @Test
    void showingAFrameSelectsFin() {
        model.show(conversation.get(2), conversation);
        assertEquals("frame.fin", model.selectedField().key());
    }

    @Test
    void aByteSelectsTheDeepestFieldHoldingIt() {
        Message hello = conversation.get(2);
        model.show(hello, conversation);
        model.selectByte(hello.offset() + 3);
        assertEquals("frame.maskingKey", model.selectedField().key());
        model.selectByte(hello.offset() + 8);
        assertEquals("frame.payload.masked", model.selectedField().key());
    }

    @Test
    void aFieldOfAnotherMessageIsIgnored() {
        model.show(conversation.get(2), conversation);
        var before = model.selectedField();
        model.selectField(conversation.get(0).root().children().get(0));
        assertSame(before, model.selectedField());
    }

    @Test
    void theCounterpartOfAResponseIsItsRequest() {
        model.show(conversation.get(1), conversation);
        assertSame(conversation.get(0), model.counterpart().orElseThrow());
    }

    @Test
    void clearForgetsTheMessage() {
        model.show(conversation.get(2), conversation);
        model.clear();
        assertNull(model.message());
        assertNull(model.selectedField());
    }

    @Test
    void maskedTextFrameIsComparedWithTheNotesFraming() {
        FramingComparison c = MessageTabs.comparison(conversation.get(2)).orElseThrow();
        assertEquals("00 48 65 6c 6c 6f ff", Hex.of(c.legacy().wire()));
        assertEquals("81 85 37 fa 21 3d 7f 9f 4d 51 58", Hex.of(c.rfc6455().wire()));
    }

    @Test
    void controlFramesHaveNoLegacyComparison() {
        Message ping = Samples.serverFrame(Samples.hex("89 05 48 65 6c 6c 6f")); // ping "Hello"
        assertTrue(MessageTabs.comparison(ping).isEmpty());
    }

    /**
     * The answer that came after its request was shown is looked for among the conversation's first messages only: a
     * big capture's timeline makes each message it is asked for, and a copy of it dissected 1,000,000 (2.8 s).
     */
    @Test
    void theAnswerIsLookedForAmongTheFirstMessagesOnly() {
        Message request = conversation.get(0);
        List<Message> huge = new java.util.AbstractList<>() {
            @Override
            public Message get(int index) {
                if (index >= InspectorModel.ANSWER_WITHIN) {
                    throw new AssertionError("message " + index + " made");
                }
                return index < 2 ? conversation.get(index) : conversation.get(2);
            }

            @Override
            public int size() {
                return 1_000_000;
            }
        };
        model.show(request, List.of(request));
        assertTrue(model.counterpart().isEmpty());
        var answer = InspectorModel.answerAmong(request, huge);
        assertEquals(conversation.get(1), answer.orElseThrow());
        model.answered(answer.get());
        assertEquals(conversation.get(1), model.counterpart().orElseThrow());
        model.show(request, List.of(request));
        assertTrue(model.counterpart().isEmpty(), "shown anew: as its context has it");
        assertTrue(InspectorModel.answerAmong(conversation.get(1), huge).isEmpty(), "an answer's answer: none");
    }
}
