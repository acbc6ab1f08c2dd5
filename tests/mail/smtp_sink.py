#!/usr/bin/env python3
"""A real SMTP server on loopback for Kohtaamo's mail tests (Debian python3-aiosmtpd).

Usage: smtp_sink.py DIRECTORY

Listens on 127.0.0.1 on a free port and prints "PORT <n>" on its first line once it accepts connections. Every
message received is saved as DIRECTORY/<n>.eml (n = 1, 2, ... in the order received), with the envelope's sender and
recipients in DIRECTORY/<n>.envelope. While the file DIRECTORY/refuse exists, every message is refused with
"550 5.7.1 Refused by the test server" (its content, if any, is the answer). Stops when its standard input closes.
"""
import os
import socket
import sys
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        refuse = os.path.join(self.directory, "refuse")
        if os.path.exists(refuse):
            with open(refuse, encoding="utf-8") as f:
                answer = f.read().strip()
            return answer or "550 5.7.1 Refused by the test server"
        with self.lock:
            self.count += 1
            n = self.count
        path = os.path.join(self.directory, "%d.eml" % n)
        with open(path + ".part", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(os.path.join(self.directory, "%d.envelope" % n), "w", encoding="utf-8") as f:
            f.write("from %s\n" % envelope.mail_from)
            for r in envelope.rcpt_tos:
                f.write("to %s\n" % r)
        os.replace(path + ".part", path)
        return "250 OK"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    directory = sys.argv[1]
    os.makedirs(directory, exist_ok=True)
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=free_port())
    controller.start()
    print("PORT %d" % controller.port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
