package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.explain.Explanations;
import wsinspector.protocol.Phrase;

/** The cap on connections per client address of a server open to the network. */
@Timeout(30)
class AddressCapTest {

    @Test
    void aServerOpenToTheNetworkAnswers429ToOneConnectionTooManyFromAnAddressAndSaysSo() throws Exception {
        List<String> refusals = new CopyOnWriteArrayList<>();
        try (EchoServer server = new EchoServer(EchoServerOptions.defaults().withHost("0.0.0.0"), null)) {
            server.setMaxConnectionsPerAddress(2);
            server.addConnectionListener(new ConnectionListener() {
                @Override
                public void refused(String peer, int status, Phrase reason) {
                    refusals.add(status + " " + Explanations.forLanguage("en").phrase(reason));
                }
            });
            InetSocketAddress at = new InetSocketAddress("127.0.0.1", server.start().getPort());
            try (RawWs one = RawWs.open(at); RawWs two = RawWs.open(at); RawWs three = new RawWs(at)) {
                String answer = three.readToEnd();
                assertTrue(answer.startsWith("HTTP/1.1 429 Too Many Requests\r\n"), answer);
                assertTrue(answer.contains("more than 2 connections at once from this address"), answer);
                assertEquals(List.of("429 more than 2 connections at once from this address (the cap per address of a "
                        + "server open to the network)"), refusals);
            }
        }
    }

    @Test
    void aServerOnLoopbackHearsOnlyThisMachineAndIsNotCapped() {
        AddressCap cap = new AddressCap(1);
        var loopback = java.net.InetAddress.getLoopbackAddress();
        assertTrue(cap.admits(loopback, loopback, List.of(loopback, loopback)));
        assertTrue(new AddressCap(0).admits(anyAddress(), loopback, List.of(loopback, loopback)), "0 is no cap");
        assertEquals(false, cap.admits(anyAddress(), loopback, List.of(loopback)));
    }

    private static java.net.InetAddress anyAddress() {
        return new InetSocketAddress(0).getAddress();
    }
}
