"""Field encryption and keyed hashes for personal identifiers (SSN).

* ``encrypt``/``decrypt``: Fernet (AES-128-CBC + HMAC-SHA256) through ``MultiFernet`` so keys can be
  rotated: the first key in ``FIELD_ENCRYPTION_KEY`` encrypts, all of them decrypt.
* ``keyed_hash``: HMAC-SHA256 under ``SSN_HASH_KEY``, a separate key that is never rotated with the
  encryption keys (rotating those must not break look-ups), for exact look-up ("find the person with this
  SSN") without decrypting every row. See docs/adr/0004-ssn-protection.md and docs/adr/0024-identity-hardening.md.
* ``reencrypt``: a token re-encrypted under the current (first) key; ``jobcenter people rotate-keys`` uses it.
"""

from __future__ import annotations

import hashlib
import hmac
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(k) for k in keys])


def _keys() -> tuple[str, ...]:
    return tuple(settings.FIELD_ENCRYPTION_KEYS)


def encrypt(plaintext: str) -> str:
    """Encrypt text with the current key; returns an ASCII token."""
    return _fernet(_keys()).encrypt(plaintext.encode()).decode()


def decrypt(token: str) -> str:
    """Decrypt a token made by ``encrypt`` with any configured key."""
    try:
        return _fernet(_keys()).decrypt(token.encode()).decode()
    except InvalidToken:
        raise ValueError("Encrypted value cannot be decrypted with the configured keys.") from None


def reencrypt(token: str) -> str:
    """The same plaintext encrypted under the current (first) key; a token already under it comes back as is."""
    if not token:
        return token
    keys = _keys()
    try:
        Fernet(keys[0]).decrypt(token.encode())
        return token
    except InvalidToken:
        pass
    try:
        return _fernet(keys).rotate(token.encode()).decode()
    except InvalidToken:
        raise ValueError("Encrypted value cannot be decrypted with the configured keys.") from None


def _hash_key() -> bytes:
    return hashlib.sha256(b"jobcenter-keyed-hash-v2" + settings.SSN_HASH_KEY.encode()).digest()


def keyed_hash(value: str, *, purpose: str = "ssn") -> str:
    """HMAC-SHA256 of ``value`` for exact matching; differs per purpose and per installation."""
    return hmac.new(_hash_key(), f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()
