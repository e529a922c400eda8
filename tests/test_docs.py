"""The pages tell the truth about the repository: targets, links, generated tables.

Every ``make X`` a page shows is a target ``make help`` lists; every relative
link (pictures too) in the README, ``docs/`` and the course reaches a file that
exists, and the heading it names, if any, exists there (GitHub's anchors);
every generated table is what ``make docs`` writes now. Plain text only: no R,
no network, well under a second. External ``http(s)`` links are not checked.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

from tools.docs_tables import REPO, make_targets, regions, stale

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n(.*?)^ {0,3}\1[ \t]*$", re.DOTALL | re.MULTILINE)
PRE = re.compile(r"<pre\b.*?</pre>", re.DOTALL | re.IGNORECASE)
SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.DOTALL)
MAKE = re.compile(r"^(?:[$!]\s*)?(?:[A-Z_]+=\S*\s+)*make\s+([a-z][a-z0-9-]*)")
"""A shell command that runs make (after a prompt or environment settings)."""
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'(][^)]*)?\)")
REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
HTML = re.compile(r"<(?:img|a|source)\b[^>]*?\b(?:src|href)\s*=\s*[\"']([^\"']+)[\"']", re.I)
ANCHOR = re.compile(r"<a\b[^>]*?\b(?:id|name)\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
"""A link with a scheme (https:, mailto:, ...): not checked."""


def pages() -> list[Path]:
    """The README, docs/ and the course's pages (markdown, R Markdown, notebooks)."""
    course = REPO / "course"
    found = [REPO / "README.md", *(REPO / "docs").rglob("*.md")]
    for pattern in ("*.md", "*.Rmd", "*.ipynb"):
        found += course.rglob(pattern)
    return sorted(path for path in found if ".ipynb_checkpoints" not in path.parts)


def markdown(path: Path) -> str:
    """A page's markdown: the file, or a notebook's markdown cells one after another."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".ipynb":
        return text
    cells = json.loads(text)["cells"]
    return "\n\n".join(
        "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        for cell in cells
        if cell["cell_type"] == "markdown"
    )


def prose(text: str) -> str:
    """Markdown without its code (fenced blocks, <pre> blocks, inline spans)."""
    text = FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    text = PRE.sub("", text)
    return SPAN.sub("code", text)


def commands(text: str) -> list[str]:
    """The lines of shell a page shows: fenced blocks' lines and inline code spans."""
    found = [line.strip() for m in FENCE.finditer(text) for line in m.group(2).splitlines()]
    rest = PRE.sub("", FENCE.sub("", text))
    found += [" ".join(m.group(2).split()) for m in SPAN.finditer(rest)]
    return found


def make_calls() -> dict[str, list[str]]:
    """Every ``make X`` written in the pages and ``.ci/run``, by where it is written."""
    calls = {}
    for path in pages():
        lines = commands(markdown(path))
        calls[str(path.relative_to(REPO))] = [m[1] for m in map(MAKE.match, lines) if m]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    lines = [line.strip() for line in ci if not line.lstrip().startswith("#")]
    calls[".ci/run"] = [m[1] for m in map(MAKE.match, lines) if m]
    return calls


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: the text lowercased, punctuation dropped, spaces to -."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link reads as its text
    text = re.sub(r"<[^>]+>", "", text).strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """The anchors a page has: its headings' slugs (numbered when repeated) and <a id>s."""
    text = markdown(path)
    text = FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    found: set[str] = set()
    seen: dict[str, int] = {}
    lines = text.splitlines()
    for number, line in enumerate(lines):
        heading = ATX.match(line)
        title = heading[1] if heading else None
        setext = re.fullmatch(r" {0,3}(=+|-+)[ \t]*", line)
        if setext and number > 0 and lines[number - 1].strip() and "|" not in lines[number - 1]:
            title = lines[number - 1]
        if title is None:
            continue
        base = slug(title)
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found | set(ANCHOR.findall(text))


def links(path: Path) -> list[str]:
    """The relative links of a page: markdown links and pictures, references, HTML."""
    text = prose(markdown(path))
    found = LINK.findall(text) + REFERENCE.findall(text) + HTML.findall(text)
    return [link for link in found if not EXTERNAL.match(link)]


def broken(path: Path, link: str) -> str | None:
    """What is missing for ``link`` on ``path`` to work, or None."""
    target, _, heading = link.partition("#")
    where = (path.parent / unquote(target)).resolve() if target else path
    if not where.exists():
        return f"no file {where.relative_to(REPO) if where.is_relative_to(REPO) else where}"
    if not heading:
        return None
    if where.suffix not in {".md", ".Rmd", ".ipynb"}:
        if re.fullmatch(r"L\d+(-L\d+)?", heading):
            return None  # a line of a source file
        return f"#{heading} names a heading, but {where.name} is not a page"
    if unquote(heading) not in anchors(where):
        return f"no heading #{heading} in {where.relative_to(REPO)}"
    return None


def test_every_make_target_the_pages_and_ci_name_is_one_make_help_lists():
    targets = make_targets()
    assert len(targets) >= 15 and "help" in targets and "test" in targets, targets
    calls = make_calls()
    unknown = [
        f"{where}: `make {name}` is not a target `make help` lists"
        for where, names in calls.items()
        for name in names
        if name not in targets
    ]
    assert not unknown, "\n".join(unknown)
    # Not vacuous: the README's two commands, and CI's front door and tests, were read.
    assert {"demo", "test"} <= set(calls["README.md"])
    assert calls[".ci/run"][:2] == ["demo", "plots"] and calls[".ci/run"][-1] == "test"
    assert sum(map(len, calls.values())) >= 30, calls


def test_every_relative_link_reaches_a_file_and_the_heading_it_names():
    checked = {"links": 0, "headings": 0, "pictures": 0}
    problems = []
    for path in pages():
        for link in links(path):
            checked["links"] += 1
            checked["headings"] += "#" in link
            checked["pictures"] += link.split("#")[0].endswith((".png", ".gif", ".svg"))
            missing = broken(path, link)
            if missing:
                problems.append(f"{path.relative_to(REPO)}: ({link}): {missing}")
    assert not problems, "broken links:\n" + "\n".join(problems)
    # Not vacuous: the README's and docs' links, headings and pictures were all seen.
    assert checked["links"] >= 40 and checked["headings"] >= 8 and checked["pictures"] >= 6, checked


def test_the_link_checker_finds_a_broken_link_a_missing_heading_and_reads_githubs_anchors():
    readme = REPO / "README.md"
    assert broken(readme, "docs/network.md#the-steps") is None
    assert broken(readme, "docs/nowhere.md") == "no file docs/nowhere.md"
    assert broken(readme, "#no-such-heading") == "no heading #no-such-heading in README.md"
    assert slug("Why a tolerance, and only well-conditioned settings") == (
        "why-a-tolerance-and-only-well-conditioned-settings"
    )
    assert slug("numpy ↔ base R: `sigmoid_slope`") == "numpy--base-r-sigmoid_slope"


def test_the_generated_tables_are_what_make_docs_writes_now():
    assert {region.split(": ")[1] for region in regions()} == {
        "cli-usage",
        "cli-options",
        "warnings",
        "make-targets",
    }
    assert not stale(), "stale generated tables (run `make docs`): " + ", ".join(stale())
