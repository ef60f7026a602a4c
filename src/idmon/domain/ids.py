"""Record ids: strings, kept as given on import, otherwise generated here."""

from __future__ import annotations

import secrets
import time

_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford base32, lower case


def new_id(prefix: str) -> str:
    """A new id such as ``fig-0m3k7q2x9a1bc4de``: time-ordered (sorts by creation) with 50 random bits."""
    stamp = int(time.time() * 1000)
    chars = []
    for _ in range(8):
        stamp, digit = divmod(stamp, 32)
        chars.append(_ALPHABET[digit])
    rand = secrets.randbits(50)
    for _ in range(10):
        rand, digit = divmod(rand, 32)
        chars.insert(8, _ALPHABET[digit])
    head = "".join(reversed(chars[:8]))
    return f"{prefix}-{head}{''.join(chars[8:])}"
