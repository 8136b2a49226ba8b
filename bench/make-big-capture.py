#!/usr/bin/env python3
"""Writes the big capture of BENCHMARKS.md: a classic pcap (Ethernet, IPv4, TCP) of one WebSocket
conversation. A real TCP handshake, the client's upgrade request and the server's 101 answer, then
FRAMES masked 16-byte text frames from the client, PER_SEGMENT to a TCP segment, the server's ACKs
left out (tshark and the inspector both reassemble one direction without them), and a close each way.

    python3 bench/make-big-capture.py OUT.pcap [FRAMES] [PER_SEGMENT]

Deterministic: the same arguments give the same bytes. 1,000,000 frames, 10 per segment: about 29 MB.
"""
import random
import struct
import sys

CLIENT = (bytes([10, 0, 0, 1]), 50000)
SERVER = (bytes([10, 0, 0, 2]), 8080)
CLIENT_MAC = bytes.fromhex("020000000001")
SERVER_MAC = bytes.fromhex("020000000002")
REQUEST = (b"GET /chat HTTP/1.1\r\nHost: 10.0.0.2:8080\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
RESPONSE = (b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n")
SYN, ACK, PSH, FIN = 0x02, 0x10, 0x08, 0x01


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


class Writer:
    def __init__(self, out):
        self.out = out
        self.micros = 1_764_460_800_000_000  # 2025-11-30 00:00:00 UTC
        self.seq = {CLIENT: 1000, SERVER: 5000}
        self.ip_id = 1
        out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))  # LINKTYPE_ETHERNET

    def segment(self, src, dst, flags, payload=b"", step_micros=10):
        ack = self.seq[dst] if flags & ACK else 0
        tcp = struct.pack("!HHIIBBHHH", src[1], dst[1], self.seq[src], ack, 5 << 4, flags, 65535, 0, 0)
        pseudo = src[0] + dst[0] + struct.pack("!BBH", 0, 6, len(tcp) + len(payload))
        tcp = tcp[:16] + struct.pack("!H", checksum(pseudo + tcp + payload)) + tcp[18:]
        total = 20 + len(tcp) + len(payload)
        ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, self.ip_id & 0xFFFF, 0x4000, 64, 6, 0, src[0], dst[0])
        ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
        self.ip_id += 1
        eth = (SERVER_MAC + CLIENT_MAC if src == CLIENT else CLIENT_MAC + SERVER_MAC) + b"\x08\x00"
        frame = eth + ip + tcp + payload
        self.out.write(struct.pack("<IIII", self.micros // 1_000_000, self.micros % 1_000_000, len(frame), len(frame)))
        self.out.write(frame)
        self.micros += step_micros
        self.seq[src] = (self.seq[src] + len(payload) + (1 if flags & (SYN | FIN) else 0)) & 0xFFFFFFFF


def masked_frame(opcode, payload, key):
    masked = bytes(b ^ key[i % 4] for i, b in enumerate(payload))
    return bytes([0x80 | opcode, 0x80 | len(payload)]) + key + masked


def main():
    out_path = sys.argv[1]
    frames = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    per_segment = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    rng = random.Random(6455)
    with open(out_path, "wb") as out:
        w = Writer(out)
        w.segment(CLIENT, SERVER, SYN)
        w.segment(SERVER, CLIENT, SYN | ACK)
        w.segment(CLIENT, SERVER, ACK)
        w.segment(CLIENT, SERVER, PSH | ACK, REQUEST)
        w.segment(SERVER, CLIENT, PSH | ACK, RESPONSE)
        segment = []
        for n in range(frames):
            text = b"message %07d\n" % (n % 10_000_000)  # 16 bytes of UTF-8 text
            segment.append(masked_frame(0x1, text, rng.getrandbits(32).to_bytes(4, "big")))
            if len(segment) == per_segment or n == frames - 1:
                w.segment(CLIENT, SERVER, PSH | ACK, b"".join(segment))
                segment = []
        w.segment(CLIENT, SERVER, PSH | ACK, masked_frame(0x8, struct.pack("!H", 1000) + b"bye",
                                                         rng.getrandbits(32).to_bytes(4, "big")))
        w.segment(SERVER, CLIENT, PSH | ACK, bytes([0x88, 5]) + struct.pack("!H", 1000) + b"bye")
        w.segment(SERVER, CLIENT, FIN | ACK)
        w.segment(CLIENT, SERVER, FIN | ACK)
        w.segment(SERVER, CLIENT, ACK)


if __name__ == "__main__":
    main()
