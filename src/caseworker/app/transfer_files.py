"""The files bundles leave behind in a workspace and at the office's drop: what quarantine keeps
of a refused file, and removing what has served its use after the office's number of days
(docs/sync.md "From a laptop to the office", docs/casefile.md "retention")."""

from __future__ import annotations

import hashlib
from pathlib import Path

from caseworker.store import settings
from caseworker.store.files import expire as expire_paths
from caseworker.store.files import write_atomic

OUTBOX, QUARANTINE = "outbox", "quarantine"
# What quarantine keeps of a refused file: all of it up to 1 MiB, else its first MiB; hashed
# whole up to 64 MiB (a larger one is not read to the end just to be set aside).
QUARANTINE_KEEP = 1 << 20
QUARANTINE_HASH_WHOLE = 64 << 20


def quarantine(session, path: Path, code: str, device: str | None = None, rule: str | None = None) -> None:
    """What is kept of a refused file (the stick may be read-only): the file itself up to 1 MiB,
    else its first MiB (a header and more), beside the reason, its size and its hash, named by
    that hash; a 5 GiB file refused as too large costs 1 MiB here, not 5 GiB. The audit entry
    names the device whose signature the bundle carried, once that held."""
    folder = session.workspace.folder / QUARANTINE
    folder.mkdir(mode=0o700, exist_ok=True)
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(QUARANTINE_KEEP)
            sha = hashlib.sha256(head)
            whole = size <= QUARANTINE_HASH_WHOLE  # else the hash of the first MiB only
            if whole:
                while chunk := f.read(1 << 20):
                    sha.update(chunk)
        digest = sha.hexdigest()
        write_atomic(folder / f"{digest[:16]}{'.cwbundle' if size <= QUARANTINE_KEEP else '.head'}", head)
        about = f"size {size}\nsha256 {digest}{'' if whole else ' (of the first MiB)'}\n"
    except OSError:
        digest, about = hashlib.sha256(str(path).encode()).hexdigest(), ""  # unreadable: the reason alone
    digest = digest[:16]
    write_atomic(folder / f"{digest}.reason", ((f"{code}\n" if rule is None else f"{code} {rule}\n") + about).encode())
    detail = {"code": code, "file_sha256": digest}
    if device is not None:
        detail["device"] = device
    if rule is not None:
        detail["rule"] = rule
    session.log("bundle_refused", device, detail)


def expire(session, drop_folder: Path | None = None) -> int:
    """Removes what has served its use, `transfer_files_days` after it was written: bundles in
    the outbox the other side acknowledged (and their copies in the office's drop), the bundles
    the drop handled, and quarantine copies. Returns how many files went."""
    ws = session.workspace
    days = ws.read(settings.load).retention.transfer_files_days
    acknowledged = ws.read(lambda conn: [r[0] for r in conn.execute(
        "SELECT file FROM outbox WHERE acknowledged = 1")])
    paths = [ws.folder / OUTBOX / name for name in acknowledged]
    paths += list((ws.folder / QUARANTINE).glob("*")) if (ws.folder / QUARANTINE).is_dir() else []
    if drop_folder is not None:
        paths += [Path(drop_folder) / "outbox" / name for name in acknowledged]
        paths += list((Path(drop_folder) / "inbox" / "done").glob("*.cwbundle"))
    removed = expire_paths(paths, days)
    if removed:
        session.log("files_expired", detail={"files": removed, "days": days})
    return removed
