"""One PowerShell session per host: a pypsrp RunspacePool used only from that host's worker thread.

pypsrp is synchronous and not thread-safe (psrp-wire.md section 1), so each HostSession owns a
single-thread executor; every pypsrp object is created and touched on that thread only. The asyncio
side awaits the executor, so a slow or hung host blocks nothing but its own queue.

Commands are sent with add_cmdlet/add_parameter only (hyperv.commands.Pipeline): user input is never
PowerShell text. After a broken connection, timeout or lost shell the pool is discarded, and the next
call opens a new one; the abandoned shell is deleted on the host once it answers again, so repeated
failures do not pile up shells against WinRM's per-user quota.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from pypsrp.powershell import PowerShell, RunspacePool
from pypsrp.wsman import SelectorSet, WSMan

from hvgui.core.profiles import ConnectionProfile
from hvgui.hyperv.commands import Pipeline
from hvgui.hyperv.errors import HvError, SessionClosed
from hvgui.hyperv.model import PSData
from hvgui.remoting import tls
from hvgui.remoting.convert import error_info, to_psdata
from hvgui.remoting.errors import command_error, map_exception, shell_lost
from hvgui.remoting.pool import Pool, key_of
from hvgui.remoting.transport import settle_environment

log = logging.getLogger(__name__)
T = TypeVar("T")
_MAX_STALE_SHELLS = 8


@dataclass(frozen=True)
class Timeouts:
    """How long to wait before calling a host dead or hung (seconds). Measured against the lab:

    refused or down     pypsrp fails on the first connection attempt (reconnect_retries = 0): < 0.1 s
    black-holed         no TCP answer: `connect`, 5 s
    hung                accepts, never answers: `read`, 15 s. WinRM answers an idle Receive with a
                        TimedOut fault after `operation` seconds and pypsrp polls again, so a long
                        Hyper-V operation is fine; silence beyond `read` means the host is hung.
                        read must exceed operation by a margin for a loaded host and slow link.

    pypsrp retries a timed-out Receive 5 times with exponential sleeps (about 5 minutes with its
    defaults); HostSession switches that off: a hung host is reported after one `read`, the pool is
    discarded and the next call reconnects.
    """

    connect: float = 5.0
    operation: float = 10.0
    read: float = 15.0
    reconnect_retries: int = 0
    reconnect_backoff: float = 0.5

    def __post_init__(self) -> None:
        if self.connect <= 0 or self.operation <= 0:
            raise ValueError("timeouts must be positive")
        if self.read <= math.ceil(self.operation):
            raise ValueError("the read timeout must exceed the operation timeout")
        if self.reconnect_retries < 0 or self.reconnect_backoff < 0:
            raise ValueError("retries and backoff must not be negative")


class _WSMan(WSMan):
    """WSMan without the hidden retries of a timed-out Receive (see Timeouts)."""

    def invoke(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["retries_on_read_timeout"] = 0
        return super().invoke(*args, **kwargs)


class HostSession:
    """One host, one pypsrp RunspacePool, one worker thread."""

    def __init__(self, profile: ConnectionProfile, password: str, *, timeouts: Timeouts = Timeouts()) -> None:
        profile.validate()
        self._profile = profile
        self._password = password
        self._timeouts = timeouts
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"hvgui-{profile.host}")
        self._closed = False
        # Worker thread only:
        self._pool: RunspacePool | None = None
        self._stale_shells: list[str] = []

    def __repr__(self) -> str:
        p = self._profile
        return f"HostSession({p.name!r}, {p.host}:{p.effective_port()}, {p.auth}, user={p.username!r})"

    @property
    def name(self) -> str:
        return self._profile.name

    @property
    def profile(self) -> ConnectionProfile:
        return self._profile

    @property
    def timeouts(self) -> Timeouts:
        return self._timeouts

    @property
    def connected(self) -> bool:
        """A pool is open (as far as the last call knows; a host may have gone since)."""
        return self._pool is not None

    # Asyncio side --------------------------------------------------------------------------------

    async def connect(self) -> None:
        await self._submit(self._ensure_pool)

    async def run(self, *pipelines: Pipeline) -> list[list[PSData]]:
        """Run the pipelines in order; one result list per pipeline.

        Each pipeline is its own PowerShell invocation on the same pool: a PSRP output stream does not
        mark where one statement's objects end. Like a statement-terminating error, the first pipeline
        that reports any error stops the batch (later ones may depend on it) and raises CommandFailed
        with Hyper-V's records; connection problems raise the matching HvError.
        """
        if not pipelines:
            return []
        return await self._submit(self._run_all, pipelines)

    async def run_one(self, pipeline: Pipeline) -> list[PSData]:
        (result,) = await self.run(pipeline)
        return result

    async def certificate_fingerprint(self) -> str:
        """The presented certificate's SHA-256, unvalidated (see fetch_certificate_fingerprint)."""
        return await self._submit(self.fetch_certificate_fingerprint)

    async def close(self) -> None:
        """Close the pool on the host; gives up after the connect timeout if the host does not answer."""
        if self._closed:
            return
        self._closed = True
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._executor, self._close_pool)
        try:
            await asyncio.wait_for(asyncio.shield(future), timeout=self._timeouts.connect)
        except TimeoutError:
            log.info("%s: closing did not finish in time; the host will drop the shell itself", self.name)
        finally:
            self._executor.shutdown(wait=False, cancel_futures=True)

    async def _submit(self, fn: Callable[..., T], *args: Any) -> T:
        if self._closed:
            # A host disconnected or removed while a page or refresh still wanted something from it:
            # an expected failure the caller reports, not a bug. Nothing was sent.
            raise SessionClosed(self.name, "The session was closed before the request was sent.")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    # Worker thread -------------------------------------------------------------------------------

    def fetch_certificate_fingerprint(self) -> str:
        """Blocking; for the worker thread. Raises the matching HvError if the host cannot be reached."""
        p = self._profile
        try:
            return tls.fetch_certificate_fingerprint(p.host, p.effective_port(), self._timeouts.connect)
        except OSError as exc:
            error = self._map(exc, opened=False)
        raise error

    def _ensure_pool(self) -> RunspacePool:
        if self._pool is not None:
            return self._pool
        p = self._profile
        wsman = self._wsman()
        pool = Pool(wsman)
        try:
            pool.open()
        except Exception as exc:
            error = self._map(exc, opened=False)
            wsman.close()
        else:
            log.info("%s: connected (%s:%d, %s)", self.name, p.host, p.effective_port(), p.auth)
            self._pool = pool
            self._delete_stale_shells(wsman)
            return pool
        raise error

    def _wsman(self) -> WSMan:
        p, t = self._profile, self._timeouts
        # pypsrp takes a CA bundle path as cert_validation as well as a bool (its docs; typed bool).
        validation: bool | str = p.ca_file or True
        if p.pinned_sha256 or not p.use_https:
            validation = False
        wsman = _WSMan(
            p.host,
            port=p.effective_port(),
            ssl=p.use_https,
            auth=p.auth,
            username=p.username or None,
            password=self._password or None,
            cert_validation=cast(bool, validation),
            connection_timeout=cast(int, t.connect),
            read_timeout=cast(int, t.read),
            operation_timeout=math.ceil(t.operation),
            reconnection_retries=t.reconnect_retries,
            reconnection_backoff=t.reconnect_backoff,
        )
        if p.use_https and p.pinned_sha256:
            tls.pin_certificate(wsman, p.pinned_sha256)
        settle_environment(wsman)
        return wsman

    def _run_all(self, pipelines: Sequence[Pipeline]) -> list[list[PSData]]:
        pool = self._ensure_pool()
        return [self._run_pipeline(pool, pipeline) for pipeline in pipelines]

    def _run_pipeline(self, pool: RunspacePool, pipeline: Pipeline) -> list[PSData]:
        ps = PowerShell(pool)
        for command in pipeline.commands:
            ps.add_cmdlet(command.name)
            for name, value in command.wire_params():
                if value is None:
                    ps.add_parameter(name)  # a bare switch
                else:
                    ps.add_parameter(name, value)
        serializer = pool.output_serializer if isinstance(pool, Pool) else None
        if serializer is not None:
            serializer.pipeline_key = key_of(pipeline)
        try:
            output = ps.invoke()
        except Exception as exc:
            error = self._map(exc, opened=True)
        else:
            records = [error_info(record) for record in ps.streams.error]
            if not ps.had_errors and not records:
                return [to_psdata(obj) for obj in output]
            error = command_error(self.name, records, pipeline.to_powershell())
        finally:
            if serializer is not None:
                serializer.pipeline_key = None
        raise error

    def _map(self, exc: Exception, *, opened: bool) -> HvError:
        """Map exc, drop the pool unless the failure was Hyper-V's own; re-raise bugs unchanged."""
        p = self._profile
        error = map_exception(
            exc,
            self.name,
            opened=opened,
            pinned=p.pinned_sha256 if p.use_https else "",
            fingerprint=lambda: tls.fetch_certificate_fingerprint(
                p.host, p.effective_port(), self._timeouts.connect
            ),
        )
        if error is None:
            self._discard(keep_shell=True)
            raise exc
        log.info("%s: %s (%s)", self.name, type(error).__name__, error.detail)
        log.debug("%s: %s underneath", self.name, type(exc).__name__, exc_info=exc)
        self._discard(keep_shell=not shell_lost(exc))
        return error

    def _discard(self, *, keep_shell: bool) -> None:
        """Forget the pool without talking to the host, which may be gone or hung."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if keep_shell and pool.shell.id:
            self._stale_shells = [*self._stale_shells, str(pool.shell.id)][-_MAX_STALE_SHELLS:]
        pool.connection.close()

    def _delete_stale_shells(self, wsman: WSMan) -> None:
        pool = self._pool
        assert pool is not None
        stale, self._stale_shells = self._stale_shells, []
        for shell_id in stale:
            selectors = SelectorSet()
            selectors.add_option("ShellId", shell_id)
            try:
                wsman.delete(
                    pool.shell.resource_uri, selector_set=selectors, timeout=math.ceil(self._timeouts.connect)
                )
            except Exception as exc:  # already gone, or the host expired it: nothing to clean up
                log.debug("%s: old shell %s not deleted: %s", self.name, shell_id, type(exc).__name__)

    def _close_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        try:
            pool.close()
        except Exception as exc:
            log.info("%s: closing the session failed: %s", self.name, type(exc).__name__)
        finally:
            pool.connection.close()
