"""Record ids: UUID version 7 (RFC 9562), a millisecond timestamp then 74 random bits.

Time-ordered ids go into the database's id index one after another instead of at random
places, which made registering 100,000 cases markedly faster; 74 random bits keep ids
made on different laptops apart. The creation time an id carries is no secret: every
record carries its creation stamp anyway.
"""

from __future__ import annotations

import os
import time
import uuid


def new_id() -> str:
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    rand_a, rand_b = rand >> 64 & 0xFFF, rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))
