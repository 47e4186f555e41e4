"""TLS for the office's drop: a self-signed certificate the office's IT person can make with
one command, and, on the laptop, a TLS context that accepts the drop's certificate only if its
SHA-256 matches the pin the admin set (checked during the handshake, before any byte of a
request is sent). Composed from `cryptography`'s X.509 builder and Python's ssl module."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import ssl
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


class PinMismatch(ssl.SSLError):
    """The drop's certificate is not the one the admin pinned."""

    def __init__(self, expected: str, found: str) -> None:
        super().__init__(f"certificate pin mismatch: expected {expected}, found {found}")
        self.expected, self.found = expected, found


def pin_of(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def normalise_pin(text: str) -> str:
    """A pin as an admin may type it: hex, with or without colons, any case."""
    pin = text.replace(":", "").replace(" ", "").strip().lower()
    if len(pin) != 64 or any(c not in "0123456789abcdef" for c in pin):
        raise ValueError("not a SHA-256 pin")
    return pin


def make_certificate(folder: Path, hosts: list[str], days: int = 3650) -> str:
    """Writes drop.key and drop.crt (self-signed, for the given names and addresses) into
    `folder` and returns the certificate's pin."""
    key = ec.generate_private_key(ec.SECP256R1())
    names = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0] if hosts else "caseworker drop")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .sign(key, hashes.SHA256())
    )
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    key_path = folder / "drop.key"
    key_path.touch(mode=0o600)
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    (folder / "drop.crt").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return pin_of(certificate.public_bytes(serialization.Encoding.DER))


def pin_of_file(path: Path) -> str:
    certificate = x509.load_pem_x509_certificate(Path(path).read_bytes())
    return pin_of(certificate.public_bytes(serialization.Encoding.DER))


def pinned_context(pin: str) -> ssl.SSLContext:
    """A client context that trusts exactly the certificate with this SHA-256, whoever signed
    it: the drop's certificate is usually self-signed, and a pin is stronger than a CA."""
    expected = normalise_pin(pin)

    class PinnedSocket(ssl.SSLSocket):
        def do_handshake(self, block: bool = False) -> None:
            super().do_handshake(block)
            found = pin_of(self.getpeercert(binary_form=True) or b"")
            if found != expected:
                self.close()
                raise PinMismatch(expected, found)

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False  # the pin names the certificate; no CA is asked
    context.verify_mode = ssl.CERT_NONE
    context.sslsocket_class = PinnedSocket
    return context
