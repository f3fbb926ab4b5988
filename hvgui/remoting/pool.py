"""pypsrp's RunspacePool with hvgui's own reader for pipeline output (remoting.clixml).

pypsrp hands the data of every PIPELINE_OUTPUT message to its Serializer as text without metadata;
that one call is taken over here. Whatever the lean reader does not read goes on to pypsrp as
before, so the results are the same either way (tests/remoting/test_clixml.py), only faster.
pypsrp is pinned (0.9.1): the pool's serializer and its fragmenter's are private attributes, and
tests/remoting/test_clixml.py fails if a new version moves them.
"""

from __future__ import annotations

import logging
from typing import Any

from pypsrp.powershell import RunspacePool
from pypsrp.serializer import Serializer

from hvgui.remoting.clixml import Unsupported, read_output

log = logging.getLogger(__name__)


class OutputSerializer(Serializer):
    """Counts, for the tests and benchmarks, how many messages each reader took."""

    def __init__(self) -> None:
        super().__init__()
        self.lean = 0
        self.fallback = 0

    def deserialize(self, element: Any, metadata: Any = None, clear: bool = True) -> Any:
        # Only pipeline output (and input) arrives as text without metadata (pypsrp messages.unpack).
        if isinstance(element, str) and metadata is None and clear:
            try:
                value = read_output(element)
            except Unsupported as exc:
                log.debug("pipeline output left to pypsrp: %s", exc)
                self.fallback += 1
            else:
                self.lean += 1
                return value
        return super().deserialize(element, metadata, clear)


class Pool(RunspacePool):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.output_serializer = OutputSerializer()
        self._serializer = self.output_serializer
        self._fragmenter.serializer = self.output_serializer
