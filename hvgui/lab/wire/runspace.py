"""psrpcore's server runspace pool, taking pipeline output the lab has already written as CLIXML.

psrpcore serialises whatever prepare_message is given; a RawOutput (clixml_out's text) skips that
and is queued as a PIPELINE_OUTPUT message the same way psrpcore queues its own. psrpcore is
pinned (0.3.1): create_message, PSRPMessage, the send buffer and the fragment counter are its
internals, and tests/lab/wire/test_clixml_out.py fails if a new version moves them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from psrpcore import ServerRunspacePool
from psrpcore._payload import PSRPMessage, StreamType, create_message
from psrpcore.types import PSRPMessageType


@dataclass(frozen=True)
class RawOutput:
    clixml: bytes


class LabRunspacePool(ServerRunspacePool):
    def prepare_message(
        self,
        message: Any,
        message_type: PSRPMessageType | None = None,
        pipeline_id: uuid.UUID | None = None,
        stream_type: StreamType = StreamType.default,
    ) -> None:
        if not isinstance(message, RawOutput):
            super().prepare_message(message, message_type, pipeline_id, stream_type)
            return
        kind = PSRPMessageType.PipelineOutput
        data = create_message(self._is_client, kind, message.clixml, self.runspace_pool_id, pipeline_id)
        self._send_buffer.append(
            PSRPMessage(
                kind, bytearray(data), self.runspace_pool_id, pipeline_id, self._fragment_counter, stream_type
            )
        )
