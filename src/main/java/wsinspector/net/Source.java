package wsinspector.net;

/** Which part of the application recorded a connection's bytes. */
public enum Source {
    /** The echo server, recording what it read from and wrote to a client. */
    SERVER,
    /** The project's client, recording what it wrote to and read from a server. */
    CLIENT,
    /** The proxy, recording what it forwarded between a client and a target server. */
    PROXY
}
