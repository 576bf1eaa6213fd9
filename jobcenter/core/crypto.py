"""Field encryption and keyed hashes for personal identifiers (SSN).

* ``encrypt``/``decrypt``: Fernet (AES-128-CBC + HMAC-SHA256) through ``MultiFernet`` so keys can be
  rotated: the first key in ``FIELD_ENCRYPTION_KEY`` encrypts, all of them decrypt.
* ``keyed_hash``: HMAC-SHA256 under a key derived from the first encryption key, for exact look-up
  ("find the person with this SSN") without decrypting every row. See docs/adr/0004-ssn-protection.md.
"""

from __future__ import annotations

import base64
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


def _hash_key() -> bytes:
    first = base64.urlsafe_b64decode(settings.FIELD_ENCRYPTION_KEYS[0])
    return hashlib.sha256(b"jobcenter-keyed-hash-v1" + first).digest()


def keyed_hash(value: str, *, purpose: str = "ssn") -> str:
    """HMAC-SHA256 of ``value`` for exact matching; differs per purpose and per installation."""
    return hmac.new(_hash_key(), f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()
