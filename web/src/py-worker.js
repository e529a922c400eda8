// Python in a Web Worker: Pyodide's runPython blocks the thread it runs on,
// and on the page's main thread that would also stall webR's messages and
// the page itself. Messages in: {id, type: "init" | "run", ...}; out:
// {type: "progress"}, {id, type: "ready"}, {id, type: "result"}.
//
// Stop: where the page is cross-origin isolated, it gives the worker a
// SharedArrayBuffer as Pyodide's interrupt buffer; writing 2 (SIGINT) in it
// raises KeyboardInterrupt in the running cell, and the worker, its
// variables and its imports carry on. Elsewhere the page ends the worker.
/* global importScripts, loadPyodide */
importScripts("bytes.js", "pyodide/pyodide.js");

let pyodide = null;
let lock = null; // pyodide-lock.json: every wheel the site carries, by package
let interrupt = null; // the interrupt buffer, when the page is isolated
const loaded = new Set();

function progress(step, of, label) {
  postMessage({ type: "progress", step, of, label });
}

// A wheel fetched synchronously: an import inside a cell cannot wait for a
// promise, and workers may use synchronous requests.
function fetchSync(url) {
  const request = new XMLHttpRequest();
  request.open("GET", url, false);
  request.responseType = "arraybuffer";
  request.send();
  if (request.status !== 200) throw new Error(`${url}: HTTP ${request.status}`);
  return request.response;
}

// Installs a package of the lock and what it depends on, from the site.
// Called by the import hook below when a cell first imports matplotlib, so
// its 10 MB are fetched only by a learner who draws.
function installSync(name) {
  if (loaded.has(name)) return;
  const entry = lock.packages[name];
  for (const dependency of entry.depends) installSync(dependency);
  const site = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
  pyodide.unpackArchive(fetchSync(`pyodide/${entry.file_name}`), "wheel", { extractDir: site });
  loaded.add(name);
}

// A finder at the end of sys.meta_path: asked only when nothing installed
// has the module; if a wheel of the site provides it, install and find again.
const HOOK = `
import importlib, importlib.machinery, os, sys, warnings
os.environ["MPLBACKEND"] = "Agg"  # pictures become PNGs, shown under the cell
# so plt.show() has nothing to say: the page shows every open figure after the cell
warnings.filterwarnings("ignore", "FigureCanvasAgg is non-interactive")

class SiteWheels:
    def __init__(self, provides, install):
        self.provides, self.install = provides, install

    def find_spec(self, name, path=None, target=None):
        package = self.provides.pop(name.partition(".")[0], None)
        if package is None:
            return None
        self.install(package)
        importlib.invalidate_caches()
        return importlib.machinery.PathFinder.find_spec(name, path)

def install_hook(provides, install):
    sys.meta_path.append(SiteWheels(dict(provides), install))
`;

// Runs a cell: its output in order, its pictures (open figures and image
// files the cell wrote), its error as data the page shows: the message
// Python prints and, of the traceback, only the learner's own lines (the
// cells' code, named "<cell 3>"), never the page's or a library's files.
// A checker's verdict (scratchnet.exercises.verdict_hooks) is kept as data
// and marked in the output by a line "\\x1everdict N" the page takes out.
const RUNNER = `
import ast, base64, dataclasses, io, linecache, os, sys, traceback, warnings

_verdicts = []
_cells = set()  # the names the cells' code was compiled under: "<cell 3>"

def _verdict_hook(verdict):
    fields = verdict.fields() if hasattr(verdict, "fields") else dataclasses.asdict(verdict)
    _verdicts.append({key: fields.get(key) for key in ("passed", "checker", "line", "step", "name", "mistake")})
    sys.stdout.flush()
    print(f"\\x1everdict {len(_verdicts) - 1}", flush=True)

def _hook_verdicts():
    try:
        from scratchnet import exercises
    except ImportError:
        return
    hooks = getattr(exercises, "verdict_hooks", None)
    if hooks is not None and _verdict_hook not in hooks:
        hooks.append(_verdict_hook)

def _warning(message, category, filename, lineno, file=None, line=None):
    # what the warning says, without the file it came from (an install path)
    sys.stderr.write(f"{category.__name__}: {message}\\n")

warnings.showwarning = _warning

def _pictures_on_disk():
    found = {}
    for folder, _, files in os.walk("."):
        for name in files:
            if name.lower().endswith((".png", ".gif")):
                path = os.path.join(folder, name)
                found[path] = os.stat(path).st_mtime_ns
    return found

def _frame(name, line, code, function=None):
    return {"cell": name[1:-1], "line": line, "code": (code or "").rstrip(), "function": function}

def _learners(tb):
    """The traceback's frames in the learner's cells, most recent last."""
    return [
        _frame(
            f.filename, f.lineno, linecache.getline(f.filename, f.lineno),
            None if f.name == "<module>" else f.name,
        )
        for f in traceback.extract_tb(tb)
        if f.filename in _cells
    ]

def run_cell(code, name):
    linecache.cache[name] = (len(code), None, code.splitlines(True), name)  # for tracebacks
    _cells.add(name)
    _hook_verdicts()
    _verdicts.clear()
    before = _pictures_on_disk()
    error = None
    try:
        tree = ast.parse(code, name)
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, name, "exec"), globals())
        if last is not None:  # as in a notebook: a last expression's value is shown
            value = eval(compile(ast.Expression(last.value), name, "eval"), globals())
            if value is not None:
                print(repr(value))
    except KeyboardInterrupt:
        error = {"message": "KeyboardInterrupt", "trace": _learners(sys.exc_info()[2]), "stopped": True}
    except SyntaxError as problem:
        text = f"{type(problem).__name__}: {problem.msg}"
        where = [_frame(name, problem.lineno, problem.text)] if problem.lineno else []
        if where:
            where[0]["column"] = problem.offset
        error = {"message": text, "trace": where}
    except BaseException as problem:
        message = "".join(traceback.format_exception_only(type(problem), problem)).strip()
        error = {"message": message, "trace": _learners(sys.exc_info()[2])}
        if isinstance(problem, NameError) and getattr(problem, "name", None):
            error["missing"] = problem.name
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    pictures = []
    if "matplotlib.pyplot" in sys.modules:
        plt = sys.modules["matplotlib.pyplot"]
        for number in plt.get_fignums():
            figure = plt.figure(number)
            buffer = io.BytesIO()
            # tight bounds: every label inside the picture, as Jupyter saves it
            figure.savefig(buffer, format="png", bbox_inches="tight")
            pictures.append(["figure", "image/png", base64.b64encode(buffer.getvalue()).decode()])
        plt.close("all")
    for path, stamp in sorted(_pictures_on_disk().items()):
        if before.get(path) != stamp:
            kind = "image/gif" if path.lower().endswith(".gif") else "image/png"
            with open(path, "rb") as file:
                pictures.append([path[2:], kind, base64.b64encode(file.read()).decode()])
    return {"error": error, "pictures": pictures, "verdicts": list(_verdicts)}
`;

async function init({ wheel, shipped, interruptBuffer }) {
  const of = 3;
  progress(1, of, "starting Pyodide with numpy");
  const here = (path) => new URL(path, location.href).href;
  const lockLoaded = fetch("pyodide/pyodide-lock.json").then((response) => response.json());
  // Given as packages, numpy's wheel and the project's are fetched while
  // Pyodide boots, and installed as soon as it is up, in the same call.
  pyodide = await loadPyodide({ indexURL: here("pyodide/"), packages: ["numpy", here(`packages/${wheel}`)] });
  loaded.add("numpy");
  if (interruptBuffer) {
    interrupt = new Int32Array(interruptBuffer);
    pyodide.setInterruptBuffer(interrupt);
  }
  progress(2, of, "importing scratchnet");
  lock = await lockLoaded;
  const provides = {};
  for (const [name, entry] of Object.entries(lock.packages)) {
    if (!shipped.includes(name) || loaded.has(name)) continue;
    for (const module of entry.imports) provides[module] = name;
  }
  pyodide.runPython(HOOK);
  pyodide.globals.get("install_hook")(pyodide.toPy(provides), installSync);
  pyodide.runPython(RUNNER);
  pyodide.runPython("import scratchnet");
  progress(3, of, "ready");
}

const VERDICT = /^\x1everdict (\d+)$/;

function run({ code, name }) {
  // [stream, text] in the order printed; batched output comes a line at a
  // time, without its newline; a verdict's mark becomes ["verdict", index]
  const output = [];
  pyodide.setStdout({
    batched: (line) => {
      const mark = VERDICT.exec(line);
      output.push(mark ? ["verdict", Number(mark[1])] : ["stdout", `${line}\n`]);
    },
  });
  pyodide.setStderr({ batched: (line) => output.push(["stderr", `${line}\n`]) });
  let result;
  try {
    result = pyodide.globals.get("run_cell")(code, name);
  } catch (error) {
    // a Stop that came as the cell ended, outside its own try
    if (!String(error).includes("KeyboardInterrupt")) throw error;
    return { output, error: { message: "KeyboardInterrupt", stopped: true }, pictures: [], verdicts: [] };
  }
  const { error, pictures, verdicts } = result.toJs({ dict_converter: Object.fromEntries });
  result.destroy();
  return { output, error, pictures, verdicts };
}

onmessage = async (event) => {
  const message = event.data;
  try {
    if (message.type === "init") {
      await init(message);
      postMessage({ id: message.id, type: "ready" });
    } else {
      postMessage({ id: message.id, type: "result", ...run(message) });
    }
  } catch (error) {
    postMessage({ id: message.id, type: "failed", error: String((error && error.stack) || error) });
  }
};
