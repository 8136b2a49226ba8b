package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketClientExtensionHandler;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketServerExtensionHandler;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateClientExtensionHandshaker;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateServerExtensionHandshaker;
import wsinspector.dissect.Direction;
import wsinspector.protocol.DeflateDistances;
import wsinspector.protocol.DeflateOffer;
import wsinspector.protocol.DeflateSamples;
import wsinspector.protocol.FrameDecoder;

/**
 * permessage-deflate with small windows against Netty, a peer we did not write: a Netty client offering
 * {@code server_max_window_bits=10; client_max_window_bits} to the echo server, and the project's client offering
 * windows to a Netty echo server that asks for {@code client_max_window_bits=9}. Messages of 64 B, 4 KiB and 64 KiB.
 * And the project's client's fragmented compressed message, after the shared window has carried over: Java-WebSocket
 * 1.6.0 dropped that one now and then without a word (finding S16), Netty inflates it across its continuation frames.
 */
@Timeout(30)
class NettyDeflatePeerTest {
    private static final int[] SIZES = {64, 4096, 65536};
    private EventLoopGroup group;

    @BeforeEach
    void startGroup() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterEach
    void stopGroup() throws Exception {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aNettyClientAskingForSmallWindowsGetsEveryMessageBack() throws Exception {
        try (EchoServer server = new EchoServer(EchoServerOptions.defaults(), null)) {
            InetSocketAddress at = server.start();
            URI uri = URI.create("ws://127.0.0.1:" + at.getPort() + "/netty");
            CompletableFuture<String> extensions = new CompletableFuture<>();
            BlockingQueue<String> echoes = new LinkedBlockingQueue<>();
            CompletableFuture<Void> open = new CompletableFuture<>();
            Channel channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 16),
                                    new ResponseExtensions(extensions),
                                    new WebSocketClientExtensionHandler(
                                            new PerMessageDeflateClientExtensionHandshaker(6, true, 10, false, false)),
                                    new WebSocketClientProtocolHandler(WebSocketClientHandshakerFactory.newHandshaker(
                                            uri, WebSocketVersion.V13, null, true, new DefaultHttpHeaders(), 1 << 20)),
                                    new TextCollector(echoes, open));
                        }
                    }).connect(at).sync().channel();
            try {
                assertEquals("permessage-deflate; server_max_window_bits=10", extensions.get(10, TimeUnit.SECONDS));
                open.get(10, TimeUnit.SECONDS);
                for (int size : SIZES) {
                    String text = new String(DeflateSamples.message(size, size), StandardCharsets.US_ASCII);
                    channel.writeAndFlush(new TextWebSocketFrame(text));
                    assertEquals(text, echoes.poll(10, TimeUnit.SECONDS), size + " bytes");
                }
                assertTrue(server.connections().get(0).permessageDeflate());
            } finally {
                channel.close().sync();
            }
        }
    }

    @Test
    void theProjectsClientHonoursTheClientWindowANettyServerAsksFor() throws Exception {
        Channel serverChannel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 16),
                                new WebSocketServerExtensionHandler(
                                        new PerMessageDeflateServerExtensionHandshaker(6, true, 9, true, false)),
                                new WebSocketServerProtocolHandler("/", null, true, 1 << 20),
                                new TextEcho());
                    }
                }).bind("127.0.0.1", 0).sync().channel();
        int port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
        DeflateOffer offer = new DeflateOffer(true, false, 11, DeflateOffer.NO_VALUE);
        Received received = new Received();
        TapRecording recording = new TapRecording();
        try (WireTap tap = new WireTap(10_000);
             WsClient client = connect(port, offer, tap, recording, received)) {
            assertTrue(client.permessageDeflate());
            assertEquals(new wsinspector.protocol.DeflateParameters(true, false, 11, 9), client.deflateParameters());
            for (int size : SIZES) {
                String text = new String(DeflateSamples.message(size, size), StandardCharsets.US_ASCII);
                client.sendText(text, 0, null);
                assertEquals(text, received.next().text(), size + " bytes");
            }
            client.close();
            long id = recording.awaitClosed(Source.CLIENT, 1).connection();
            byte[] sent = recording.bytes(id, Direction.CLIENT_TO_SERVER);
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            FrameDecoder frames = new FrameDecoder(f -> {
                if (f.header().opcode() == 0x1) {
                    assertTrue(f.header().rsv1(), "compressed");
                    deflated.writeBytes(f.unmaskedPayload());
                    deflated.writeBytes(new byte[] {0x00, 0x00, (byte) 0xFF, (byte) 0xFF});
                }
            });
            int head = new String(sent, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;
            frames.feed(sent, head, sent.length - head);
            assertTrue(DeflateDistances.decode(deflated.toByteArray()).longestDistance() <= 1 << 9,
                    "the client kept to client_max_window_bits=9");
        } finally {
            serverChannel.close().sync();
        }
    }

    @Test
    void aNettyServerInflatesTheProjectsClientsFragmentedCompressedMessageAfterTheWindowCarriedOver() throws Exception {
        Channel serverChannel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        // context takeover both ways (Netty's default answer): the window carries over between messages
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 16),
                                new WebSocketServerExtensionHandler(new PerMessageDeflateServerExtensionHandshaker()),
                                new WebSocketServerProtocolHandler("/", null, true, 1 << 20),
                                new WebSocketFrameAggregator(1 << 20), // continuation frames into one message
                                new TextEcho());
                    }
                }).bind("127.0.0.1", 0).sync().channel();
        int port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
        Received received = new Received();
        TapRecording recording = new TapRecording();
        try (WireTap tap = new WireTap(10_000);
             WsClient client = connect(port, DeflateOffer.PLAIN, tap, recording, received)) {
            assertTrue(client.permessageDeflate());
            String text = "compress me ".repeat(1000);
            for (int i = 0; i < 3; i++) { // the shared window carries over between messages
                client.sendText(text + i, 0, null);
                assertEquals(text + i, received.next().text());
            }
            client.sendText("small", 2, null); // its compressed bytes in frames of 2
            assertEquals("small", received.next().text());
            client.close();
            long id = recording.awaitClosed(Source.CLIENT, 1).connection();
            java.util.List<wsinspector.protocol.FrameHeader> last = new java.util.ArrayList<>();
            byte[] sent = recording.bytes(id, Direction.CLIENT_TO_SERVER);
            FrameDecoder frames = new FrameDecoder(f -> {
                if (f.header().opcode() == 0x1) {
                    last.clear();
                }
                if (f.header().opcode() <= 0x1) {
                    last.add(f.header());
                }
            });
            int head = new String(sent, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;
            frames.feed(sent, head, sent.length - head);
            assertTrue(last.size() > 1, "«small» went in " + last.size() + " frame(s)");
            assertTrue(last.get(0).rsv1() && !last.get(0).fin(), "its first frame: RSV1 (compressed), not FIN");
            for (wsinspector.protocol.FrameHeader h : last.subList(1, last.size())) {
                assertEquals(0x0, h.opcode(), "continuation");
                assertTrue(!h.rsv1(), "RSV1 only on the first frame (RFC 7692 §6.1)");
            }
            assertTrue(last.get(last.size() - 1).fin(), "the last frame is FIN");
            byte[] back = recording.bytes(id, Direction.SERVER_TO_CLIENT);
            int firstFrame = new String(back, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;
            assertEquals(0xC1, back[firstFrame] & 0xFF, "FIN, RSV1 (compressed), text: the server compressed its echo");
        } finally {
            serverChannel.close().sync();
        }
    }

    private static WsClient connect(int port, DeflateOffer offer, WireTap tap, TapRecording recording, Received received)
            throws java.io.IOException {
        tap.addListener(recording);
        return WsClient.connect(ClientOptions.defaults(URI.create("ws://127.0.0.1:" + port + "/")).withDeflateOffer(offer),
                tap, received);
    }

    /** Records the response's Sec-WebSocket-Extensions as Netty received it. */
    private static final class ResponseExtensions extends SimpleChannelInboundHandler<HttpResponse> {
        private final CompletableFuture<String> value;

        ResponseExtensions(CompletableFuture<String> value) {
            super(false);
            this.value = value;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpResponse msg) {
            value.complete(msg.headers().get("Sec-WebSocket-Extensions"));
            ctx.fireChannelRead(msg);
        }
    }

    /** Queues the texts received; says when the handshake is complete (Netty tells it as a user event). */
    private static final class TextCollector extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        private final BlockingQueue<String> texts;
        private final CompletableFuture<Void> open;

        TextCollector(BlockingQueue<String> texts, CompletableFuture<Void> open) {
            this.texts = texts;
            this.open = open;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                open.complete(null);
            }
            ctx.fireUserEventTriggered(evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            texts.add(frame.text());
        }
    }

    private static final class TextEcho extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            ctx.writeAndFlush(new TextWebSocketFrame(frame.text()));
        }
    }
}
