// Python in a Web Worker: Pyodide's runPython blocks the thread it runs on,
// and on the page's main thread that would also stall webR's messages and
// the page itself. Messages in: {id, type: "init" | "run", ...}; out:
// {type: "progress"}, {id, type: "ready"}, {id, type: "result"}.
/* global importScripts, loadPyodide */
importScripts("pyodide/pyodide.js");

let pyodide = null;
let lock = null; // pyodide-lock.json: every wheel the site carries, by package
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
// files the cell wrote), its error as Python prints it.
const RUNNER = `
import ast, base64, io, os, sys, traceback

def _pictures_on_disk():
    found = {}
    for folder, _, files in os.walk("."):
        for name in files:
            if name.lower().endswith((".png", ".gif")):
                path = os.path.join(folder, name)
                found[path] = os.stat(path).st_mtime_ns
    return found

def run_cell(code):
    before = _pictures_on_disk()
    error = None
    try:
        tree = ast.parse(code, "<cell>")
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, "<cell>", "exec"), globals())
        if last is not None:  # as in a notebook: a last expression's value is shown
            value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), globals())
            if value is not None:
                print(repr(value))
    except BaseException:
        kind, value, tb = sys.exc_info()
        error = "".join(traceback.format_exception(kind, value, tb.tb_next))
    pictures = []
    if "matplotlib.pyplot" in sys.modules:
        plt = sys.modules["matplotlib.pyplot"]
        for number in plt.get_fignums():
            buffer = io.BytesIO()
            plt.figure(number).savefig(buffer, format="png")
            pictures.append(["figure", "image/png", base64.b64encode(buffer.getvalue()).decode()])
        plt.close("all")
    for path, stamp in sorted(_pictures_on_disk().items()):
        if before.get(path) != stamp:
            kind = "image/gif" if path.lower().endswith(".gif") else "image/png"
            with open(path, "rb") as file:
                pictures.append([path[2:], kind, base64.b64encode(file.read()).decode()])
    return error, pictures
`;

async function init({ wheel, shipped }) {
  const of = 3;
  progress(1, of, "Python: starting Pyodide (12.5 MB) with numpy (3.1 MB)");
  const here = (path) => new URL(path, location.href).href;
  const lockLoaded = fetch("pyodide/pyodide-lock.json").then((response) => response.json());
  // Given as packages, numpy's wheel and the project's are fetched while
  // Pyodide boots, and installed as soon as it is up, in the same call.
  pyodide = await loadPyodide({ indexURL: here("pyodide/"), packages: ["numpy", here(`packages/${wheel}`)] });
  loaded.add("numpy");
  progress(2, of, "Python: importing scratchnet");
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
  progress(3, of, "Python: ready");
}

function run({ code }) {
  // [stream, text] in the order printed; batched output comes a line at a
  // time, without its newline
  const output = [];
  pyodide.setStdout({ batched: (line) => output.push(["stdout", `${line}\n`]) });
  pyodide.setStderr({ batched: (line) => output.push(["stderr", `${line}\n`]) });
  const result = pyodide.globals.get("run_cell")(code);
  const [error, pictures] = result.toJs();
  result.destroy();
  return { output, error, pictures };
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
    postMessage({ id: message.id, type: "failed", error: String(error && error.stack || error) });
  }
};
