package wsinspector.capture.har;

import java.util.List;

/**
 * One WebSocket of a HAR: the upgrade request and response as the browser reported them, and the
 * messages that crossed it.
 *
 * @param entry           the entry's index in {@code log.entries}, from 0
 * @param url             the request's URL, e.g. {@code ws://127.0.0.1:8080/chat}
 * @param startNanos      the entry's {@code startedDateTime}, nanoseconds since the epoch (0 if absent)
 * @param requestHeaders  the upgrade request's headers, in the HAR's order
 * @param status          the response's status code (101 when the upgrade succeeded), 0 if none was recorded
 * @param statusText      the response's reason phrase
 * @param responseHeaders the response's headers, in the HAR's order
 */
public record HarConversation(int entry, String url, long startNanos, String httpVersion,
                              List<Header> requestHeaders, int status, String statusText,
                              List<Header> responseHeaders, List<HarMessage> messages) {
    /** A header as the HAR lists it: a name and a value. */
    public record Header(String name, String value) {
    }

    public HarConversation {
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
        messages = List.copyOf(messages);
    }
}
