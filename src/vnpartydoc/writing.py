"""Output a publisher can trust: whole files and whole folders or nothing, checked to the end.

The rules, for every file or folder vnpartydoc writes (``convert``, ``schema``, ``extract``,
``render``, :func:`~vnpartydoc.serialization.dump`):

- **Whole or nothing.** A file is written to a hidden temporary file beside it, flushed to disk,
  renamed over the target, and the folder is flushed after the rename. A folder (a rendered
  site) is built in a hidden staging folder beside it and swapped in with one atomic exchange
  (on Linux; elsewhere with two renames that the next run completes after a crash). A reader
  sees the old file or site or the new one, never part of one.
- **Checked.** Every write is checked, short writes and standard output included: a full disk
  (``ENOSPC``), a closed pipe (``EPIPE``) or ``/dev/full`` raise :class:`OutputError`
  ``output_unwritable``, never a partial result reported as success.
- **Modes.** A new file gets the mode the umask allows (``0666 & ~umask``, as ``touch``); a
  replaced file or folder keeps its mode.
- **No overwrite means none.** Without ``overwrite`` the finished temporary file is hard-linked
  to the target name, which fails if anything is there: of several writers at once exactly one
  wins and the others get ``output_exists``.
- **Symlinks are followed.** A symbolic link at the target is kept and the file or folder it
  points to is replaced, as the shell's ``>`` does. Without ``overwrite`` a link counts as an
  existing output, even when it points nowhere.
- **Swept.** Temporary names are ``.NAME.PID@HOST.TOKEN.tmp`` (``.staging``, ``.old`` for
  folders). They are removed on every exit path a process survives (errors, Ctrl-C,
  ``SIGTERM`` in the command line); those of a killed process (its PID no longer running on
  this machine) are removed, or an interrupted folder swap is completed, by the next write
  into the same folder. Another machine's are left alone.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import shutil
import socket
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from vnpartydoc.errors import OutputError

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

__all__ = [
    "HOST",
    "TEMPORARY_RE",
    "checked_stdout",
    "fsync_folder",
    "sweep",
    "temporary_name",
    "write_atomic",
    "write_folder",
    "write_new",
]

TEMPORARY_RE = re.compile(
    r"""^\.(?P<name>.+)
    \.(?P<pid>\d+)                      # the writing process …
    @(?P<host>[0-9a-f]{6})              # … on this machine (a hash of its name)
    \.(?P<token>[0-9a-f]{8})            # random, so threads and retries never collide
    \.(?P<kind>tmp|staging|old)$        # a file, a folder being built, a folder replaced
    """,
    re.VERBOSE,
)
# Temporary files of vnpartydoc before 0.2 (``tempfile.mkstemp``): never carried into a new site.
LEGACY_TEMPORARY_RE = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
STDOUT = Path("<stdout>")
HOST = hashlib.sha256(socket.gethostname().encode()).hexdigest()[:6]
"""This machine in temporary names: PIDs of other machines sharing a folder are not looked up."""
_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK}
_NO_DIRECTORY_SYNC = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF}


def _unwritable(exc: OSError | UnicodeError, path: Path) -> OutputError:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return OutputError.from_code("output_unwritable", f"cannot write: {reason}", path=path)


def _exists(path: Path) -> OutputError:
    return OutputError.from_code(
        "output_exists",
        "refusing to overwrite an existing output; pass --force (overwrite=True) to replace it",
        path=path,
    )


# ------------------------------------------------------------------------------------- files


def write_atomic(
    path: str | os.PathLike[str], text: str | bytes, *, overwrite: bool = True
) -> None:
    """Write ``text`` (UTF-8) to ``path`` whole or not at all, by the rules of this module.

    Example:
        >>> write_atomic("nghi-quyet.json", '{"type": "chi-thi"}')  # doctest: +SKIP

    Raises:
        OutputError: ``output_exists`` if the file exists and ``overwrite`` is false (also when
            another writer creates it meanwhile); ``output_unwritable`` if it cannot be written.
    """
    target = Path(path)
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text
        real = _follow(target)
        if not overwrite and os.path.lexists(target):
            raise _exists(target)
        real.parent.mkdir(parents=True, exist_ok=True)
        _sweep_once(real.parent)
        tmp = _write_temporary(real, data, _mode_of(real) if overwrite else None)
        try:
            if overwrite:
                tmp.replace(real)
            else:
                _link_exclusive(tmp, real, target)
        finally:
            tmp.unlink(missing_ok=True)
        fsync_folder(real.parent)
    except (OSError, UnicodeError) as exc:
        if isinstance(exc, OutputError):
            raise
        raise _unwritable(exc, target) from exc


def _follow(target: Path) -> Path:
    """The path a symbolic link at ``target`` leads to (where the data goes), else ``target``."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _mode_of(path: Path) -> int | None:
    """Permission bits of an existing regular file (kept on replace); None if there is none."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None


def temporary_name(real: Path, kind: str) -> Path:
    """A fresh hidden name beside ``real`` that :func:`sweep` recognises as this process's."""
    return real.with_name(f".{real.name}.{os.getpid()}@{HOST}.{secrets.token_hex(4)}.{kind}")


def _write_temporary(real: Path, data: bytes, mode: int | None) -> Path:
    tmp = temporary_name(real, "tmp")
    try:
        write_new(tmp, data, mode=mode)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def write_new(path: Path, data: bytes, *, mode: int | None = None, sync: bool = True) -> None:
    """Create ``path`` (it must not exist), write all of ``data`` and, with ``sync``, flush it.

    The file is created with mode 0666 so the kernel applies the umask; ``mode`` (an old file's
    permission bits) replaces that when given.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, 0o666)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            if written == 0:  # no progress and no error: treat as a full device
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
            view = view[written:]
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)


def _link_exclusive(tmp: Path, real: Path, target: Path) -> None:
    """Give the finished file its name only if nothing has it: exactly one writer wins."""
    try:
        try:
            os.link(tmp, real)
        except OSError as exc:
            if isinstance(exc, FileExistsError) or exc.errno not in _NO_HARD_LINKS:
                raise
            # A file system without hard links: claim the name first, then fill it.
            os.close(os.open(real, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            tmp.replace(real)
    except FileExistsError as exc:
        raise _exists(target) from exc


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk, where the file system allows it."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _NO_DIRECTORY_SYNC:
            raise
    finally:
        os.close(fd)


# -------------------------------------------------------------------------------- sweeping


def _is_running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # running, as another user
        return True
    return True


_SWEPT: set[Path] = set()


def _sweep_once(folder: Path) -> None:
    """Sweep a folder the first time this process writes a file into it (not once per file)."""
    if folder not in _SWEPT:
        sweep(folder)
        _SWEPT.add(folder)


def sweep(folder: Path) -> None:
    """Remove what killed writers left in ``folder``; finish a folder swap they interrupted.

    An ``.old`` folder whose target is missing is the target itself, moved aside by a swap that
    was killed before the new folder took its place: it is moved back.
    """
    try:
        names = [entry.name for entry in folder.iterdir()]
    except OSError:
        return
    for name in names:
        match = TEMPORARY_RE.match(name)
        if match is None or match["host"] != HOST or _is_running(int(match["pid"])):
            continue
        stale = folder / name
        target = folder / match["name"]
        if match["kind"] == "old" and not os.path.lexists(target):
            stale.rename(target)
        elif match["kind"] == "tmp":
            stale.unlink(missing_ok=True)
        else:
            shutil.rmtree(stale, ignore_errors=True)


# ----------------------------------------------------------------------------------- folders


def write_folder(
    path: str | os.PathLike[str], files: Mapping[str, str], *, overwrite: bool = False
) -> None:
    """Write ``files`` (relative path → text) as the folder ``path``, swapped in whole.

    The new folder is built beside ``path``. With ``overwrite``, the files of the old folder
    that this write does not replace (a page written by hand, say) are carried over, hard-linked
    where the file system allows, copied otherwise, and a replaced file keeps its old mode.
    Without ``overwrite`` the folder must be missing or empty. A folder that is a mount point,
    or the working folder, is not swapped: its files are replaced one by one, in the order of
    ``files`` (put the index last).

    Example:
        >>> write_folder("site", {"van-ban/index.md": "# Văn bản", "documents.json": "{}"},
        ...              overwrite=True)  # doctest: +SKIP

    Raises:
        OutputError: ``output_exists`` when ``path`` holds files and ``overwrite`` is false;
            ``output_unwritable`` when the folder cannot be written.
    """
    target = Path(path)
    try:
        real = _follow(target)
        real.parent.mkdir(parents=True, exist_ok=True)
        sweep(real.parent)
        old = _existing_folder(real, target, overwrite=overwrite)
        if old is not None and (os.path.ismount(real) or _is_current_folder(real)):
            _write_in_place(real, files)
            return
        staging = temporary_name(real, "staging")
        try:
            _build(staging, files, old)
            _swap(staging, real, replace=old is not None and overwrite)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        fsync_folder(real.parent)
    except (OSError, UnicodeError) as exc:
        if isinstance(exc, OutputError):
            raise
        if isinstance(exc, OSError) and exc.errno in {errno.ENOTEMPTY, errno.EEXIST}:
            raise _exists(target) from exc
        raise _unwritable(exc, target) from exc


def _is_current_folder(real: Path) -> bool:
    """Whether ``real`` is the working folder (a swap would leave a shell in the deleted one)."""
    try:
        return real.samefile(Path.cwd())
    except OSError:
        return False


def _write_in_place(real: Path, files: Mapping[str, str]) -> None:
    """Write into a folder that is not swapped: file by file, in the given order.

    Each file is still whole (written beside itself and renamed); the caller lists its index
    last, so the index never names a page that is not there yet.
    """
    for rel, text in files.items():
        write_atomic(real / rel, text)


def _existing_folder(real: Path, target: Path, *, overwrite: bool) -> Path | None:
    """The folder being replaced (None if missing), refusing what may not be replaced."""
    if not real.exists():
        return None
    if not real.is_dir():
        raise OutputError.from_code("output_unwritable", "cannot write: not a folder", path=target)
    if not overwrite and any(real.iterdir()):
        raise _exists(target)
    return real


def _build(staging: Path, files: Mapping[str, str], old: Path | None) -> None:
    """Write the new files into ``staging``, carry over what ``old`` has besides, flush all."""
    mode = stat.S_IMODE(old.stat().st_mode) if old is not None else 0o777
    staging.mkdir(mode)
    if old is not None:
        staging.chmod(mode)
    for rel, text in sorted(files.items()):
        path = staging / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        write_new(path, text.encode("utf-8"), mode=_kept_mode(old, rel), sync=False)
    if old is not None:
        _carry_over(old, staging)
    _sync_filesystem(staging)  # one flush for every file, rather than one per file


def _kept_mode(old: Path | None, rel: str) -> int | None:
    if old is None:
        return None
    try:
        return _mode_of(old / rel)
    except OSError:
        return None


def _carry_over(old: Path, staging: Path) -> None:
    """Link (or copy) into ``staging`` every entry of ``old`` it does not have yet."""
    for top, dirs, names in os.walk(old):
        here = Path(top)
        dest = staging / here.relative_to(old)
        for name in list(dirs):
            source, copy = here / name, dest / name
            if source.is_symlink() or (os.path.lexists(copy) and not copy.is_dir()):
                dirs.remove(name)  # a link is carried as a link; a new file wins over a folder
                _carry_entry(source, copy)
                continue
            copy.mkdir(exist_ok=True)
            copy.chmod(stat.S_IMODE(source.stat().st_mode))
        for name in names:
            if not TEMPORARY_RE.match(name) and not LEGACY_TEMPORARY_RE.match(name):
                _carry_entry(here / name, dest / name)


def _sync_filesystem(folder: Path) -> None:
    """Flush the file system holding ``folder`` (Linux ``syncfs``; elsewhere ``sync``)."""
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            if libc.syncfs(fd) != 0:
                code = ctypes.get_errno()
                raise OSError(code, os.strerror(code), str(folder))
        finally:
            os.close(fd)
    else:
        os.sync()


def _carry_entry(source: Path, dest: Path) -> None:
    if os.path.lexists(dest):
        return
    if source.is_symlink():
        dest.symlink_to(source.readlink())
        return
    try:
        os.link(source, dest)
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        shutil.copy2(source, dest)


def _swap(staging: Path, real: Path, *, replace: bool) -> None:
    """Put ``staging`` in the place of ``real`` atomically; remove the old folder after."""
    if not replace:
        staging.rename(real)  # over a missing or empty folder; fails if one appeared meanwhile
        return
    if _exchange(staging, real):
        shutil.rmtree(staging, ignore_errors=True)  # it now holds the old folder
        return
    aside = temporary_name(real, "old")
    real.rename(aside)  # killed between the two renames, the next sweep moves it back
    try:
        staging.rename(real)
    except BaseException:
        aside.rename(real)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange):
        code = ctypes.get_errno()
        if code in {errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP}:
            return False
        raise OSError(code, os.strerror(code), str(second))
    return True


# ------------------------------------------------------------------------------------ stdout


class _CheckedStream:
    """Standard output whose every write is complete or raises :class:`OutputError`.

    Text goes to the binary buffer underneath, in a loop over short writes: a text stream
    ignores the count its buffer returns, so on a nearly full disk it reports success for a
    write the disk cut short.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            buffer = getattr(self._stream, "buffer", None)
            if buffer is None:  # an in-memory stream: nothing can be cut short
                return self._stream.write(text)
            self._stream.flush()  # what the text layer holds goes first
            if os.linesep != "\n":
                text = text.replace("\n", os.linesep)
            view = memoryview(text.encode(self._stream.encoding, self._stream.errors or "strict"))
            while view:
                written = buffer.write(view)
                if not written:  # no progress and no error: treat as a full device
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                view = view[written:]
            if getattr(self._stream, "line_buffering", False) and "\n" in text:
                buffer.flush()  # a terminal shows each line as it comes, as before
        except OSError as exc:
            raise self._failed(exc) from exc
        return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise self._failed(exc) from exc

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)

    def _failed(self, exc: OSError) -> OutputError:
        # What is still buffered would fail again when Python exits and print a second error:
        # point the descriptor at /dev/null, so that the one line below is all the user sees.
        try:
            fd = self._stream.fileno()
        except (AttributeError, OSError, ValueError):  # not a real file (a test's capture)
            fd = None
        if fd is not None:
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, fd)
            finally:
                os.close(null)
        reason = exc.strerror or str(exc)
        return OutputError.from_code(
            "output_unwritable", f"cannot write to standard output: {reason}", path=STDOUT
        )


@contextlib.contextmanager
def checked_stdout() -> Iterator[None]:
    """Within the block, writes to ``sys.stdout`` that fail raise ``output_unwritable``.

    The stream is flushed at the end of the block, so a failure of its last, buffered part is
    reported too.
    """
    original = sys.stdout
    checked = _CheckedStream(original)
    sys.stdout = checked
    try:
        yield
        checked.flush()
    except BaseException:
        with contextlib.suppress(OutputError):  # the error on its way out is the one to report
            checked.flush()
        raise
    finally:
        sys.stdout = original
