"""mlm-lint for Python: the C++ engine of the ``mlm-lint`` command line, with the same verdicts.

Check a STAC Item or Collection using the MLM extension (a ``dict`` such as ``item.to_dict()``, JSON text as
``str`` or ``bytes``, or a file as a ``pathlib.Path``)::

    import mlm_lint
    report = mlm_lint.check(item.to_dict())
    assert not report.errors, report

Problems of the document (invalid JSON, a schema violation, a rule) are findings, as on the command line;
misuse of the API (an unknown rule code, a wrong type) raises ``ValueError`` or ``TypeError``. Nothing is
downloaded: schemas come from the bundle and ``schema_map`` unless ``allow_remote=True``. Configuration files
(``mlm-lint.json``) are not read: the options are the arguments, as with ``mlm-lint check --isolated``.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass, field
from typing import Any, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from . import _mlm_lint

__all__ = [
    "Document", "Finding", "Fix", "Report", "Rule", "MigrationNote",
    "check", "check_many", "check_ndjson", "fix", "migrate", "new", "rules", "explain",
]

#: What :func:`check` accepts: a mapping (serialized as 2-space indented JSON, so lines and columns refer to
#: that text), JSON text, its bytes, or the path of a file.
Document = Union[Mapping[str, Any], str, bytes, bytearray, memoryview, "os.PathLike[str]"]

_SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Fix:
    """An edit that resolves a finding: ``applicability`` is ``"safe"`` (applied by :func:`fix`) or
    ``"suggest"`` (applied only with ``unsafe=True``); ``edits`` are RFC 6902 JSON Patch operations."""

    applicability: str
    description: str
    edits: List[dict]
    withheld: Optional[str] = None  # why a safe fix was not applied by fix() (it would make things worse)

    def to_dict(self) -> dict:
        """The fix as ``mlm-lint --format json`` writes it."""
        out: dict = {"applicability": self.applicability, "description": self.description}
        if self.withheld:
            out["withheld"] = self.withheld
        out["edits"] = [dict(e) for e in self.edits]
        return out


@dataclass(frozen=True)
class Finding:
    """One finding: the rule or pipeline code, where it is (RFC 6901 pointer, 1-based line and byte column;
    0 when unknown) and what to do."""

    code: str
    name: str
    severity: str
    pointer: str
    line: int
    column: int
    message: str
    hint: Optional[str] = None
    fix: Optional[Fix] = None

    def to_dict(self) -> dict:
        """The finding as ``mlm-lint --format json`` writes it (one entry of ``"diagnostics"``)."""
        return {"code": self.code, "name": self.name, "severity": self.severity, "pointer": self.pointer,
                "line": self.line, "column": self.column, "message": self.message, "hint": self.hint,
                "fix": self.fix.to_dict() if self.fix else None}

    def __str__(self) -> str:
        return f"{self.line}:{self.column} {self.code} [{self.severity}] {self.pointer or '/'}: {self.message}"

    def __repr__(self) -> str:
        return (f"Finding({self.code} {self.name}, {self.severity}, pointer={self.pointer!r}, "
                f"line={self.line}, column={self.column}, message={self.message!r})")


@dataclass(frozen=True)
class Report:
    """The findings of one document (or NDJSON file), sorted as the command line sorts them."""

    path: str
    findings: List[Finding] = field(default_factory=list)
    not_stac: bool = False  # skipped: not a STAC document (only for files found by searching a folder)

    @property
    def errors(self) -> List[Finding]:
        """The findings of severity ``error``: an ``mlm-lint check`` with them exits 1."""
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> List[Finding]:
        """The findings of severity ``warning``."""
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def infos(self) -> List[Finding]:
        """The findings of severity ``info`` (advice)."""
        return [f for f in self.findings if f.severity == "info"]

    def to_dict(self) -> dict:
        """The report as one entry of ``"files"`` in ``mlm-lint --format json``."""
        return {"path": self.path, "diagnostics": [f.to_dict() for f in self.findings]}

    def __str__(self) -> str:
        lines = [f"{self.path}: {len(self.errors)} errors, {len(self.warnings)} warnings, {len(self.infos)} infos"]
        lines += [f"  {f}" for f in self.findings]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return (f"Report(path={self.path!r}, errors={len(self.errors)}, warnings={len(self.warnings)}, "
                f"infos={len(self.infos)})")


@dataclass(frozen=True)
class Rule:
    """One entry of the rule catalogue (``mlm-lint rules --format json``); ``kind`` is ``"rule"`` or
    ``"pipeline"`` (MLM000 and MLM9xx: the stages around the rules)."""

    code: str
    name: str
    severity: str
    fix: str
    schema: str
    versions: str
    applies_to: str
    summary: str
    kind: str

    def __repr__(self) -> str:
        return f"Rule({self.code} {self.name}, {self.severity}, fix={self.fix})"


@dataclass(frozen=True)
class MigrationNote:
    """What :func:`migrate` did at ``pointer``: ``kind`` is ``"changed"`` (mechanical), ``"review"`` (confirm
    the value) or ``"manual"`` (a person must act); ``original`` is the removed or replaced value as JSON."""

    pointer: str
    kind: str
    message: str
    suggestion: str = ""
    original: Optional[str] = None

    def __repr__(self) -> str:
        return f"MigrationNote({self.kind}, {self.pointer!r}, {self.message!r})"


# --- options -------------------------------------------------------------------------------------------------

def _codes(name: str, value: Optional[Union[str, Iterable[str]]]) -> Tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    try:
        codes = tuple(value)
    except TypeError:
        raise TypeError(f"{name} is an iterable of rule codes, prefixes or names, not {type(value).__name__}") from None
    for code in codes:
        if not isinstance(code, str):
            raise TypeError(f"{name}: a rule code is a str, not {type(code).__name__}")
    return codes


def _severities(value: Optional[Mapping[str, Optional[str]]]) -> Tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, Mapping):
        raise TypeError("severities maps rule codes to 'error', 'warning', 'info' or 'off' (None), "
                        f"not {type(value).__name__}")
    out = []
    for code, level in value.items():
        if not isinstance(code, str):
            raise TypeError(f"severities: a rule code is a str, not {type(code).__name__}")
        if level is None:
            level = "off"
        if not isinstance(level, str):
            raise TypeError(f"severities[{code!r}] is 'error', 'warning', 'info' or 'off', not {level!r}")
        out.append(f"{code}={level}")
    return tuple(out)


def _schema_map(value: Optional[Union[Mapping[str, Any], Iterable[str]]]) -> Tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, Mapping):
        return tuple(f"{url}={os.fspath(path)}" for url, path in value.items())
    if isinstance(value, str):
        return (value,)
    return tuple(str(spec) for spec in value)


def _positive(name: str, value: Optional[int], default: int) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} is an int, not {type(value).__name__}")
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {value}")
    return value


@functools.lru_cache(maxsize=32)
def _engine(select, ignore, severities, no_rules, schema_map, allow_remote, allow_http, max_file_size, max_depth,
            max_documents) -> "_mlm_lint.Engine":
    # One engine per set of options: its compiled schemas are reused by every later call.
    return _mlm_lint.Engine(list(select), list(ignore), list(severities), no_rules, list(schema_map), allow_remote,
                            allow_http, max_file_size, max_depth, max_documents)


def _engine_for(select=None, ignore=None, severities=None, no_rules=False, schema_map=None, allow_remote=False,
                allow_http=False, max_file_size=None, max_depth=None, max_documents=None):
    return _engine(_codes("select", select), _codes("ignore", ignore), _severities(severities), bool(no_rules),
                   _schema_map(schema_map), bool(allow_remote), bool(allow_http),
                   _positive("max_file_size", max_file_size, _mlm_lint.MAX_FILE_SIZE),
                   _positive("max_depth", max_depth, _mlm_lint.MAX_DEPTH),
                   0 if max_documents is None else _positive("max_documents", max_documents, 0))


# --- conversions ---------------------------------------------------------------------------------------------

def _finding(t) -> Finding:
    code, name, severity, pointer, line, column, message, hint, fix_tuple = t
    fix_obj = None
    if fix_tuple is not None:
        safe, description, withheld, edits = fix_tuple
        patch = []
        for op, path, from_, value in edits:
            e: dict = {"op": op, "path": path}
            if op == "move":
                e["from"] = from_
            if op in ("add", "replace"):
                e["value"] = json.loads(value)
            patch.append(e)
        fix_obj = Fix("safe" if safe else "suggest", description, patch, withheld or None)
    return Finding(code, name, severity, pointer, line, column, message, hint, fix_obj)


def _report(t) -> Report:
    path, findings, not_stac = t
    return Report(path, [_finding(f) for f in findings], not_stac)


def _text(doc: Any, what: str = "doc") -> Union[str, bytes]:
    """A document as the engine takes it (str or bytes); a mapping is serialized."""
    if isinstance(doc, bytes):
        return doc
    if isinstance(doc, str):
        # A lone surrogate cannot be UTF-8: it becomes the bytes it stands for, which the engine reports as
        # not valid JSON text (MLM901) instead of the call failing.
        return doc.encode("utf-8", "surrogatepass")
    if isinstance(doc, (bytearray, memoryview)):
        return bytes(doc)
    if isinstance(doc, Mapping):
        return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8", "surrogatepass")
    raise TypeError(f"{what} is a dict, a JSON str, bytes or an os.PathLike, not {type(doc).__name__}")


def _read(path: "os.PathLike[str]") -> bytes:
    with open(path, "rb") as f:
        return f.read()


# --- the API -------------------------------------------------------------------------------------------------

def check(doc: Document, *, select: Optional[Iterable[str]] = None, ignore: Optional[Iterable[str]] = None,
          severities: Optional[Mapping[str, Optional[str]]] = None, no_rules: bool = False,
          schema_map: Optional[Union[Mapping[str, Any], Iterable[str]]] = None, path: Optional[str] = None,
          allow_remote: bool = False, allow_http: bool = False, max_file_size: Optional[int] = None,
          max_depth: Optional[int] = None, max_documents: Optional[int] = None) -> Report:
    """Checks one document as ``mlm-lint check --isolated`` does and returns its :class:`Report`.

    ``doc``: a mapping (e.g. ``item.to_dict()``), JSON text (``str``), its bytes, or a file path
    (``pathlib.Path``; ``.ndjson``/``.jsonl`` files are checked line by line). A ``str`` is always JSON text,
    never a path. ``select``/``ignore``: codes, prefixes or rule names (``--select``/``--ignore``);
    ``severities``: ``{"MLM102": "warning", "MLM504": "off"}`` (``--rule``); ``no_rules``: the JSON schemas
    only (``--no-rules``); ``schema_map``: ``{URL: local path}`` (``--schema-map``); ``path``: the name the
    report gives the document. Unknown codes raise ``ValueError``.
    """
    engine = _engine_for(select, ignore, severities, no_rules, schema_map, allow_remote, allow_http, max_file_size,
                         max_depth, max_documents)
    if isinstance(doc, os.PathLike):
        fs_path = os.fspath(doc)
        report = _report(engine.check_file(os.fsencode(fs_path)))
        return Report(path or os.fsdecode(fs_path), report.findings, report.not_stac)
    return _report(engine.check(_text(doc), path or "-"))


def check_ndjson(doc: Union[str, bytes, "os.PathLike[str]"], *, first_line: int = 1, path: Optional[str] = None,
                 **options: Any) -> Report:
    """Checks NDJSON (one document per line) as ``mlm-lint --ndjson`` does: findings carry the line in the
    text, counted from ``first_line`` (a range of whole lines of a larger file gets the findings the whole
    file has there), and pointers relative to their own document. Options as for :func:`check`."""
    if isinstance(first_line, bool) or not isinstance(first_line, int) or first_line < 1:
        raise ValueError(f"first_line counts lines from 1, got {first_line!r}")
    engine = _engine_for(**options)
    if isinstance(doc, os.PathLike):
        return _report(engine.check_ndjson(_read(doc), path or os.fspath(doc), first_line))
    if isinstance(doc, Mapping):
        raise TypeError("check_ndjson takes NDJSON text (str or bytes) or a path, not a mapping")
    return _report(engine.check_ndjson(_text(doc), path or "-", first_line))


def check_many(docs: Iterable[Union[Mapping[str, Any], str, bytes]], jobs: Optional[int] = None, *,
               paths: Optional[Sequence[str]] = None, **options: Any) -> List[Report]:
    """Checks many documents (dicts, JSON strings, NDJSON lines) on ``jobs`` threads (default: every core)
    with the GIL released, and returns their reports in input order. Options as for :func:`check`."""
    jobs = _positive("jobs", jobs, os.cpu_count() or 1)
    engine = _engine_for(**options)
    texts = [_text(d, "each document") for d in docs]
    if paths is None:
        names = ["-"] * len(texts)
    else:
        names = [str(p) for p in paths]
        if len(names) != len(texts):
            raise ValueError(f"check_many: {len(texts)} documents but {len(names)} paths")
    reports: List[Report] = []
    batch = 4096  # bounds the copies the engine holds at once
    for start in range(0, len(texts), batch):
        reports += [_report(t) for t in engine.check_many(texts[start:start + batch], names[start:start + batch], jobs)]
    return reports


def fix(doc: Document, *, unsafe: bool = False, path: Optional[str] = None, **options: Any) -> str:
    """The document with its fixes applied, as ``mlm-lint check --fix`` would write it: safe fixes only (each
    round re-checked; a fix that would make the document worse is withheld), also suggested ones with
    ``unsafe=True`` (``--fix=unsafe``). A document that does not parse is returned unchanged. A path is read,
    never written. Options as for :func:`check`."""
    engine = _engine_for(**options)
    if isinstance(doc, os.PathLike):
        text: Union[str, bytes] = _read(doc)
        path = path or os.fspath(doc)
    else:
        text = _text(doc)
    fixed, _applied, _report_tuple = engine.fix(text, path or "-", bool(unsafe))
    return fixed.decode("utf-8", errors="surrogateescape")


def migrate(doc: Union[Mapping[str, Any], str, bytes]) -> Tuple[str, List[MigrationNote]]:
    """Rewrites an ml-model, DLM or older MLM document as MLM v1.5.2 (``mlm-lint migrate``): the migrated
    text (byte for byte the input when nothing changed) and the notes of what changed and what needs a person.
    ``ValueError`` when the input is not valid JSON."""
    ok, error, _source, text, _changed, notes = _mlm_lint.migrate(_text(doc))
    if not ok:
        raise ValueError(f"not migrated: {error}")
    return (text.decode("utf-8", errors="surrogateescape"),
            [MigrationNote(p, k, m, s, o) for p, k, m, s, o in notes])


def new(name: str, framework: str, tasks: Iterable[str], *, bands: Iterable[str] = (), shape: Optional[str] = None,
        classes: Iterable[str] = ()) -> str:
    """A minimal MLM v1.5.2 Item with "TODO" placeholders (``mlm-lint new``) that passes :func:`check` without
    errors. ``shape``: e.g. ``"-1,3,64,64"``; ``ValueError`` on options that cannot make a valid Item."""
    for label, value in (("name", name), ("framework", framework)):
        if not isinstance(value, str):
            raise TypeError(f"{label} is a str, not {type(value).__name__}")
    text = _mlm_lint.new_item(name, framework, list(_codes("tasks", tasks)), list(_codes("bands", bands)),
                              shape or "", list(_codes("classes", classes)))
    return text.decode("utf-8")


def rules() -> List[Rule]:
    """The rule catalogue and the pipeline codes, as ``mlm-lint rules --format json`` lists them."""
    return [Rule(*t) for t in _mlm_lint.rules()]


def explain(code: str) -> str:
    """The documentation of a rule or pipeline code (``mlm-lint explain CODE``); ``ValueError`` if unknown."""
    if not isinstance(code, str):
        raise TypeError(f"code is a str, not {type(code).__name__}")
    return _mlm_lint.explain(code)
