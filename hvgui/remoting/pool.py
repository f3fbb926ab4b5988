"""pypsrp's RunspacePool with hvgui's own reader for pipeline output (remoting.clixml), and the
CreatePipeline message of a pipeline serialised once.

pypsrp hands the data of every PIPELINE_OUTPUT message to its Serializer as text without metadata;
that one call is taken over here. Whatever the lean reader does not read goes on to pypsrp as
before, so the results are the same either way (tests/remoting/test_clixml.py), only faster.

Serialising a CreatePipeline message (the commands, their parameters and the host information)
took about a third of the client's time per refresh, mostly in deep copies, and the inventory sends
the same two pipelines every time. The session names the pipeline it is about to send
(`pipeline_key`); the message's XML is kept per key and sent again as it was. The key holds every
command, parameter name, value and value type, so a different pipeline never meets another's XML
(tests/remoting/test_clixml.py compares cached and fresh messages).
pypsrp is pinned (0.9.1): the pool's serializer and its fragmenter's are private attributes, and
those tests fail if a new version moves them.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Hashable
from typing import Any

from pypsrp.messages import CreatePipeline
from pypsrp.powershell import RunspacePool
from pypsrp.serializer import Serializer

from hvgui.hyperv.commands import Pipeline
from hvgui.remoting.clixml import Unsupported, read_output

log = logging.getLogger(__name__)


def key_of(pipeline: Pipeline) -> Hashable:
    """Everything of a pipeline that its CreatePipeline message is made of, values with their types."""
    return tuple(
        (
            command.name,
            tuple((name, type(value).__name__, repr(value)) for name, value in command.wire_params()),
        )
        for command in pipeline.commands
    )


_KEPT_PIPELINES = 64  # the inventory's two, and room for a session's operations


class OutputSerializer(Serializer):
    """Reads pipeline output the lean way and keeps CreatePipeline messages; counts, for the tests
    and benchmarks, how many output messages each reader took."""

    def __init__(self) -> None:
        super().__init__()
        self.lean = 0
        self.fallback = 0
        self.pipeline_key: Hashable | None = None  # set by the session around one invocation
        self._created: dict[Hashable, bytes] = {}

    def serialize(self, value: Any, metadata: Any = None, parent: Any = None, clear: bool = True) -> Any:
        key = self.pipeline_key
        if key is None or parent is not None or not isinstance(value, CreatePipeline):
            return super().serialize(value, metadata, parent, clear)
        data = self._created.get(key)
        if data is None:
            # Message.pack sends bytes as they are, so the XML text is what is kept.
            element = super().serialize(value, metadata, parent, clear)
            if element is None:
                return None
            data = ET.tostring(element, encoding="utf-8", method="xml")
            if len(self._created) >= _KEPT_PIPELINES:
                self._created.pop(next(iter(self._created)))
            self._created[key] = data
        return data

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
