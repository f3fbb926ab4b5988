"""hvgui reads pipeline output itself and gets what pypsrp's reader gives, only faster.

The lab's output of every read cmdlet, written by psrpcore as a Windows host would, is read both
ways: remoting.clixml straight to PSData, and pypsrp's Serializer followed by convert.to_psdata.
What the lean reader does not handle must be refused (Unsupported), never read differently.
"""

from __future__ import annotations

from xml.etree import ElementTree

import pytest
from psrpcore.types import serialize
from pypsrp.serializer import Serializer

from hvgui.hyperv.inventory_commands import replication_list, vm_list
from hvgui.hyperv.model import EnumValue, PSData
from hvgui.lab.wire import LabServer
from hvgui.lab.wire.serialize import to_ps
from hvgui.remoting.clixml import Unsupported, read_output
from hvgui.remoting.convert import to_psdata
from hvgui.remoting.pool import OutputSerializer, Pool
from tests.lab.wire.test_clixml_out import demo_outputs
from tests.remoting.conftest import A, run
from tests.remoting.test_session import session


def by_pypsrp(clixml: str) -> PSData:
    return to_psdata(Serializer().deserialize(clixml))


def lean(clixml: str) -> PSData:
    return to_psdata(read_output(clixml))


def as_windows_writes_it(obj: object) -> str:
    return ElementTree.tostring(serialize(to_ps(obj), None), encoding="utf-8").decode()


def test_every_object_of_the_demo_lab_reads_the_same_or_is_refused() -> None:
    read = refused = 0
    for label, obj in demo_outputs():
        text = as_windows_writes_it(obj)
        try:
            mine = lean(text)
        except Unsupported:
            refused += 1
            continue
        assert mine == by_pypsrp(text), label
        read += 1
    assert read > 100
    assert refused < read  # whole Get-VM objects carry lists; everything the inventory reads is lean


OBJ = '<Obj RefId="0"><TN RefId="0"><T>Deserialized.Microsoft.HyperV.PowerShell.Test</T><T>Deserialized.System.Object</T></TN>{body}</Obj>'


@pytest.mark.parametrize(
    "body",
    [
        '<Props><S N="Name">A_x000D__x000A_B _x005F_x0041_ &amp; &lt;x&gt;</S><S N="Pair">_xD83D__xDE00_</S></Props>',
        '<Props><Obj RefId="1" N="State"><I32>2</I32><TN RefId="1"><T>X.VMState</T><T>System.Enum</T>'
        "<T>System.ValueType</T><T>System.Object</T></TN><ToString>Running</ToString></Obj>"
        '<Obj RefId="2" N="Again"><I32>3</I32><TNRef RefId="1" /><ToString>Off</ToString></Obj>'
        '<Ref N="Same" RefId="1" /></Props>',
        '<Props><U64 N="Mem">8589934592</U64><I64 N="Neg">-5</I64><B N="On">true</B><Nil N="None" />'
        '<DT N="When">2026-11-25T08:00:00Z</DT><TS N="Up">PT12H</TS><G N="Id">5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01</G>'
        '<By N="Byte">7</By><C N="Char">65</C><Db N="Ratio">0.5</Db><BA N="Bytes">AQID</BA><S N="Empty" /></Props>',
        '<MS><S N="Name">note</S></MS><Props><S N="Name">adapted</S></Props><ToString>text</ToString>',
        "",
    ],
)
def test_hand_written_objects_read_the_same(body: str) -> None:
    text = OBJ.format(body=body)
    assert lean(text) == by_pypsrp(text)


@pytest.mark.parametrize(
    "text",
    [
        "<S>just a string</S>",
        "<I32>42</I32>",
        "<G>5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01</G>",
        "<Nil />",
        '<Obj RefId="0"><I32>1</I32><TN RefId="0"><T>X.Mode</T><T>System.Enum</T><T>System.Object</T></TN>'
        "<ToString>Primary</ToString></Obj>",
    ],
)
def test_bare_values_read_the_same(text: str) -> None:
    assert lean(text) == by_pypsrp(text)


@pytest.mark.parametrize(
    "text",
    [
        '<Obj RefId="0"><TN RefId="0"><T>System.Collections.ArrayList</T><T>System.Object</T></TN><LST><S>a</S></LST></Obj>',
        '<Obj RefId="0"><TN RefId="0"><T>System.Collections.Hashtable</T><T>System.Object</T></TN><DCT /></Obj>',
        '<Obj RefId="0"><TN RefId="0"><T>System.Management.Automation.ErrorRecord</T><T>System.Object</T></TN></Obj>',
        '<Obj RefId="0"><TN RefId="0"><T>System.String[]</T><T>System.Object</T></TN><LST /></Obj>',
        OBJ.format(body='<Props><SS N="Secret">AAAA</SS></Props>'),
        OBJ.format(body='<Props><Ref N="Dangling" RefId="9" /></Props>'),
        "<not xml",
    ],
)
def test_what_it_does_not_read_is_refused(text: str) -> None:
    with pytest.raises(Unsupported):
        read_output(text)


def test_the_session_reads_the_inventory_lean_over_the_wire(https_server: LabServer) -> None:
    async def scenario() -> tuple[list[list[PSData]], OutputSerializer]:
        s = session(https_server, A)
        try:
            result = await s.run(vm_list(), replication_list())
            pool = s._pool
            assert isinstance(pool, Pool)
            return result, pool.output_serializer
        finally:
            await s.close()

    (vms, relations), counts = run(scenario())
    assert vms and all(isinstance(vm.props["State"], EnumValue) for vm in vms)
    assert counts.lean == len(vms) + len(relations) and counts.fallback == 0


def test_a_pipeline_sent_again_reuses_its_message_and_never_another_pipelines(
    https_server: LabServer,
) -> None:
    from hvgui.hyperv.commands import by_id
    from hvgui.remoting.pool import key_of
    from tests.remoting.conftest import SQL_ID, WEB_ID

    async def scenario() -> tuple[list[list[PSData]], OutputSerializer]:
        s = session(https_server, A)
        try:
            results = [
                await s.run_one(p)
                for p in (vm_list(), by_id(SQL_ID), vm_list(), by_id(WEB_ID), by_id(SQL_ID))
            ]
            pool = s._pool
            assert isinstance(pool, Pool)
            return results, pool.output_serializer
        finally:
            await s.close()

    (first, sql, again, web, sql_again), serializer = run(scenario())
    assert first == again and sql == sql_again
    assert [vm.props["Id"] for vm in sql] == [SQL_ID] and [vm.props["Id"] for vm in web] == [WEB_ID]
    assert set(serializer._created) == {key_of(vm_list()), key_of(by_id(SQL_ID)), key_of(by_id(WEB_ID))}
    assert serializer.pipeline_key is None  # only around one invocation


def test_the_key_tells_values_of_different_types_apart() -> None:
    from hvgui.hyperv.commands import Cmd, Pipeline
    from hvgui.remoting.pool import key_of

    assert key_of(Pipeline.of(Cmd.of("Set-X", Port=80))) != key_of(Pipeline.of(Cmd.of("Set-X", Port="80")))
    assert key_of(Pipeline.of(Cmd.of("Get-VM"))) != key_of(Pipeline.of(Cmd.of("Get-VM"), Cmd.of("Start-VM")))
