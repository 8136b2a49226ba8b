package wsinspector.export;

import java.util.List;

import wsinspector.dissect.Message;

/**
 * The conversation a handout is made from, as the timeline shows it: its messages numbered from 1.
 *
 * @param name     the file's name or the live connection's title
 * @param stream   a packet capture's tcp.stream number, or -1 when the input has no streams (a dump, a live session)
 * @param client   the client's address and port, or null when unknown
 * @param server   the server's address and port, or null when unknown
 * @param messages the conversation's messages in timeline order
 */
public record ExportSource(String name, int stream, String client, String server, List<Message> messages) {
    public ExportSource {
        messages = List.copyOf(messages);
    }

    /** Message {@code number}, counted from 1 as the timeline does; null when there is none. */
    public Message message(int number) {
        return number >= 1 && number <= messages.size() ? messages.get(number - 1) : null;
    }
}
