#!/usr/bin/env python3
"""A real SMTP server on loopback for Kohtaamo's mail tests (Debian python3-aiosmtpd).

Usage: smtp_sink.py DIRECTORY [--starttls | --tls] [--auth USER:PASSWORD]

Listens on 127.0.0.1 on a free port and prints "PORT <n>" on its first line once it accepts connections. Every
message received is saved as DIRECTORY/<n>.eml (n = 1, 2, ... in the order received), with the envelope's sender and
recipients in DIRECTORY/<n>.envelope. While the file DIRECTORY/refuse exists, every message is refused with
"550 5.7.1 Refused by the test server" (its content, if any, is the answer). Stops when its standard input closes.

--starttls requires STARTTLS before MAIL; --tls speaks TLS from the first byte (smtps). Both use a self-signed
certificate for 127.0.0.1 made with openssl, written to DIRECTORY/cert.pem for the client to trust. --auth requires a
login (PLAIN or LOGIN) with that user and password; a wrong one is answered "535 5.7.8 Authentication credentials
invalid".
"""
import os
import socket
import ssl
import subprocess
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


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


def tls_context(directory):
    cert = os.path.join(directory, "cert.pem")
    key = os.path.join(directory, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    return ctx


def authenticator_for(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (auth_data.login.decode() if isinstance(auth_data.login, bytes) else auth_data.login) == user and \
             (auth_data.password.decode() if isinstance(auth_data.password, bytes) else auth_data.password) == password
        return AuthResult(success=ok, handled=False)
    return authenticate


def main():
    directory = sys.argv[1]
    options = sys.argv[2:]
    os.makedirs(directory, exist_ok=True)
    kwargs = {}
    if "--auth" in options:
        user, password = options[options.index("--auth") + 1].split(":", 1)
        kwargs["authenticator"] = authenticator_for(user, password)
        kwargs["auth_required"] = True
        # With --tls the whole connection is TLS, but aiosmtpd only knows of TLS it started itself (STARTTLS).
        kwargs["auth_require_tls"] = "--starttls" in options
    if "--starttls" in options:
        kwargs["tls_context"] = tls_context(directory)
        kwargs["require_starttls"] = True
    elif "--tls" in options:
        kwargs["ssl_context"] = tls_context(directory)
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    print("PORT %d" % controller.port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
