"""A real SMTP server for the email tests: aiosmtpd (Debian's python3-aiosmtpd) with STARTTLS and AUTH, keeping every
message it accepts in a Maildir. Usage: smtp_server.py PORT MAILDIR CERT KEY USER PASSWORD"""
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

port, maildir, cert, key, user, password = sys.argv[1:7]


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == user.encode() and auth_data.password == password.encode()
    return AuthResult(success=ok)


class CaseInsensitiveAuthSMTP(SMTP):
    """RFC 4954 mechanism names are case-insensitive; aiosmtpd matches them exactly, and System.Net.Mail sends 'login'."""

    async def smtp_AUTH(self, arg):
        if arg:
            mechanism, _, rest = arg.partition(" ")
            arg = mechanism.upper() + ((" " + rest) if rest else "")
        return await super().smtp_AUTH(arg)


class CaseInsensitiveController(Controller):
    def factory(self):
        return CaseInsensitiveAuthSMTP(self.handler, **self.SMTP_kwargs)


context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)
controller = CaseInsensitiveController(Mailbox(maildir), hostname="127.0.0.1", port=int(port), tls_context=context,
                        require_starttls=True, authenticator=authenticator, auth_required=True,
                        auth_require_tls=True)
controller.start()
print("ready", flush=True)
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
signal.signal(signal.SIGINT, lambda *_: stop.set())
stop.wait()
controller.stop()
