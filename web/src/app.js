// The course page: lessons from lessons.json, each code step in Python and R
// side by side, every cell a code editor runnable against the runtimes the
// learner chose. Edits, lessons run and exercises passed are kept in
// localStorage, so they survive a reload; variables live in the runtimes and
// do not, so a cell that needs an earlier one offers to run the cells above.
import { createEditor } from "./editor.js";

const NAMES = { python: "Python", r: "R" };
const LANGUAGES = ["python", "r"];
const CHOICES = { both: LANGUAGES, python: ["python"], r: ["r"] };
const started = performance.now();
const seconds = (ms) => (ms / 1000).toFixed(1);

// Exposed for the browser tests and the curious: when each runtime was
// ready, how long each Stop took, the bytes each runtime received.
const page = (window.scratchnetPage = { ready: {}, timings: {}, stops: [], bytes: {} });

// --- the languages shown -------------------------------------------------------
// ?lang= (a link can choose), else the last choice, else both.
let choice = (() => {
  const asked = new URLSearchParams(location.search).get("lang") || localStorage.getItem("scratchnet:languages");
  return asked in CHOICES ? asked : "both";
})();
const chosen = () => CHOICES[choice];
Object.defineProperty(page, "languages", { get: chosen });

// --- progress kept across reloads --------------------------------------------
// {lesson: {python: {ran: [cell, ...], passed: [cell, ...]}, r: {...}}}
const PROGRESS = "scratchnet:progress";
function progress() {
  try {
    return JSON.parse(localStorage.getItem(PROGRESS)) || {};
  } catch {
    return {};
  }
}
function record(lesson, language, cell, { ran, passed }) {
  const all = progress();
  const mine = ((all[lesson] ||= {})[language] ||= { ran: [], passed: [] });
  const put = (list, yes) => (yes ? [...new Set([...list, cell])] : list.filter((each) => each !== cell));
  if (ran !== undefined) mine.ran = put(mine.ran, ran);
  if (passed !== undefined) mine.passed = put(mine.passed, passed);
  localStorage.setItem(PROGRESS, JSON.stringify(all));
  showMarks();
}

// --- one runtime per language: loading, a queue of cells, Stop ------------------
class Stopped extends Error {}

class Runtime {
  constructor(language, manifest) {
    this.language = language;
    this.manifest = manifest;
    this.queue = []; // cells waiting, in the order asked
    this.current = null; // the cell running
    this.ran = new Set(); // cells run since this runtime started: its variables
    this.bytes = new Map(); // url -> [received, total] while loading
    this.line = statusLine(language, this);
    manifest.then((loaded) => (this.manifestNow = loaded));
  }

  get name() {
    return NAMES[this.language];
  }

  start() {
    this.ready ||= this.boot();
    return this.ready;
  }

  async boot() {
    this.bytes.clear();
    this.stage("loading", "starting");
    const module = await (this.language === "python" ? import("./python.js") : import("./r.js"));
    const backend = new (module.PythonRuntime || module.RRuntime)(({ label }) => this.stage("loading", label));
    this.backend = backend;
    try {
      await backend.start(await this.manifest);
    } catch (error) {
      this.stage("failed", `did not start: ${error.message}`);
      throw error;
    }
    page.timings[this.language] = performance.now() - started;
    this.stage("ready", "ready");
  }

  // A stage of loading: its label, and the clock of the stage restarted.
  stage(state, label) {
    if (state === "loading") page.timings[`${this.name}: ${label}`] = performance.now() - started;
    this.state = state;
    this.label = label;
    this.stageBegan = performance.now();
    this.line.show();
  }

  // Bytes the runtime's worker received (bytes.js), while it loads.
  received({ url, received, total }) {
    if (this.state !== "loading") return;
    this.bytes.set(url, [received, Math.max(received, total)]);
    page.bytes[this.language] = this.totals();
  }

  totals() {
    let received = 0;
    let total = 0;
    for (const [got, of] of this.bytes.values()) {
      received += got;
      total += of;
    }
    const expected = ((this.manifestNow || {}).startup_bytes || {})[this.language] || 0;
    return { received, total: Math.max(total, expected) };
  }

  get busy() {
    return Boolean(this.current || this.queue.length);
  }

  // Runs a cell after those asked before it; resolves with its result, or
  // rejects with Stopped when Stop ended or cancelled it.
  submit(job) {
    this.start();
    return new Promise((resolve, reject) => {
      this.queue.push(Object.assign(job, { resolve, reject }));
      job.twin.show("waiting");
      this.line.show();
      if (!this.current) this.pump();
    });
  }

  async pump() {
    while (this.queue.length) {
      const job = (this.current = this.queue.shift());
      const aborted = new Promise((_, reject) => (job.abort = reject));
      this.line.show();
      try {
        await Promise.race([this.ready, aborted]);
        job.running = true;
        job.twin.show("running");
        const began = performance.now();
        const result = await Promise.race([this.backend.run(job.code, job), aborted]);
        result.ms = performance.now() - began;
        this.ran.add(job.key);
        job.resolve(result);
      } catch (error) {
        job.reject(error);
      }
      this.current = null;
    }
    this.line.show();
  }

  // Stop: the cells waiting are not run; the running one is interrupted
  // where the page is isolated (variables kept), else the runtime restarts.
  // A second Stop while the interrupt has not ended the cell restarts too.
  stop() {
    for (const job of this.queue.splice(0)) job.reject(new Stopped("not run: stopped before it began"));
    const job = this.current;
    if (!job) return this.line.show();
    if (!job.running) return job.abort(new Stopped("not run: stopped before it began"));
    const asked = performance.now();
    if (this.backend.canInterrupt && !job.interrupted) {
      job.interrupted = asked;
      job.twin.note(`Stopping… (press Stop again to restart ${this.name})`);
      this.backend.stopCell();
      return;
    }
    this.restart(job, asked);
  }

  restart(job, asked) {
    const message = `${this.name} was restarted to stop this cell: the variables of the cells run before are gone.`;
    job.abort(Object.assign(new Stopped(message), { restarted: true }));
    this.backend.close(new Stopped(message));
    this.ran.clear();
    const stop = { language: this.language, how: "restart", stoppedMs: performance.now() - asked };
    page.stops.push(stop);
    this.ready = this.boot().then(() => {
      stop.readyMs = performance.now() - asked;
    });
  }
}

// --- the status bar: one line per runtime ---------------------------------------
function statusLine(language, runtime) {
  const line = document.createElement("span");
  line.className = "runtime";
  line.id = `status-${language}`;
  line.dataset.state = "loading";
  line.innerHTML = `<progress max="1" value="0" aria-label="${NAMES[language]} loading"></progress>
    <span class="text">${NAMES[language]}: waiting</span>
    <button class="stop" hidden>Stop ${NAMES[language]}</button>`;
  line.querySelector(".stop").onclick = () => runtime.stop();
  document.getElementById("status").append(line);
  const text = line.querySelector(".text");
  const bar = line.querySelector("progress");
  return {
    element: line,
    show() {
      line.dataset.state = runtime.state || "loading";
      line.hidden = !chosen().includes(language) || !runtime.ready;
      const elapsed = seconds(performance.now() - runtime.stageBegan);
      if (runtime.state === "loading") {
        const { received, total } = runtime.totals();
        const megabytes = total ? ` ${(received / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB` : "";
        text.textContent = `${NAMES[language]}: ${runtime.label}…${megabytes} (${elapsed} s)`;
        Object.assign(bar, { max: total || 1, value: Math.min(received, total || 1) });
      } else if (runtime.state === "ready") {
        text.textContent = `${NAMES[language]}: ${runtime.busy ? "running" : "ready"}`;
        Object.assign(bar, { max: 1, value: 1 });
      } else {
        text.textContent = `${NAMES[language]} ${runtime.label}`;
      }
      bar.hidden = runtime.state === "ready";
      line.querySelector(".stop").hidden = !runtime.busy;
    },
  };
}

const runtimes = {};

// The stage's clock and the bytes move while a runtime loads.
setInterval(() => {
  for (const runtime of Object.values(runtimes)) if (runtime.state === "loading") runtime.line.show();
}, 200);

new BroadcastChannel("scratchnet-bytes").onmessage = ({ data }) => {
  const runtime = runtimes[data.language];
  if (runtime) runtime.received(data);
};

// --- saved edits -----------------------------------------------------------
const key = (lesson, index, language) => `scratchnet:${lesson}:${index}:${language}`;

function savedCode(lesson, index, language, original) {
  return localStorage.getItem(key(lesson, index, language)) ?? original;
}

// --- what a cell shows after it ran ----------------------------------------------
function picture([name, mime, data, width, height]) {
  const image = document.createElement("img");
  image.src = `data:${mime};base64,${data}`;
  image.alt = name === "figure" || name === "plot" ? "the cell's figure" : name;
  if (width && height) Object.assign(image, { width, height }); // its size; the column may scale it down
  return image;
}

// Output lines in order; a checker's verdict is the line(s) printed just
// before its mark, shown as passed or failed from the verdict's fields.
function outputNodes(output, verdicts) {
  const nodes = [];
  for (const [stream, text] of output) {
    if (stream === "verdict") {
      const verdict = verdicts[text];
      if (!verdict) continue;
      const box = document.createElement("div");
      box.className = `verdict ${verdict.passed ? "passed" : "failed"}`;
      const badge = document.createElement("strong");
      badge.className = "badge";
      badge.textContent = verdict.passed ? "✓ passed" : "✗ not yet";
      const lines = String(verdict.line).split("\n").length;
      const taken = [];
      while (taken.length < lines && nodes.length && nodes.at(-1).className === "stdout") taken.unshift(nodes.pop());
      box.append(badge, ...taken);
      nodes.push(box);
      continue;
    }
    const part = document.createElement("span");
    part.className = stream; // stdout, or stderr (messages, warnings)
    part.textContent = text;
    nodes.push(part);
  }
  return nodes;
}

// An error, alike in both languages: what the language says, then where in
// the learner's own code (never a file of the page).
function errorNode(error, name) {
  const box = document.createElement("div");
  box.className = "error-box";
  box.setAttribute("role", "alert");
  const message = document.createElement("pre");
  message.className = "error";
  message.textContent = error.message;
  box.append(message);
  for (const frame of error.trace || []) {
    const where = document.createElement("div");
    where.className = "where";
    const cell = frame.cell === "this" || frame.cell === name ? "this cell" : frame.cell;
    const lines = frame.last && frame.last !== frame.line ? `lines ${frame.line}–${frame.last}` : `line ${frame.line}`;
    const label = document.createElement("div");
    label.textContent = `${lines} of ${cell}${frame.function ? `, in ${frame.function}()` : ""}:`;
    const code = document.createElement("pre");
    code.textContent = frame.code;
    if (frame.column && frame.code) code.textContent += `\n${" ".repeat(Math.max(0, frame.column - 1))}^`;
    where.append(label, code);
    box.append(where);
  }
  return box;
}

// --- one code cell -----------------------------------------------------------
function twinElement(lesson, index, language, cell, step) {
  const twin = document.createElement("div");
  twin.className = "twin";
  const unit = language === "r" ? "chunk" : "cell"; // R Markdown's word, and Jupyter's
  const name = step ? `${unit} ${step}` : `your ${unit}`;
  Object.assign(twin.dataset, { lesson, cell: index, lang: language, state: "idle" });
  twin.setAttribute("role", "group");
  twin.setAttribute("aria-label", `${NAMES[language]}, ${name}`);
  const original = cell[language];
  const above = step > 1 ? `<button class="above" title="Run the ${NAMES[language]} ${unit}s above this one, in order">Run above</button>` : "";
  twin.innerHTML = `<div class="bar"><span class="name">${NAMES[language]} <small>${name}</small></span>
    <button class="run" title="Shift+Enter or Ctrl+Enter in the editor" aria-keyshortcuts="Shift+Enter Control+Enter">Run</button>
    <button class="stop" hidden>Stop</button>
    ${above}
    ${cell.solution ? '<button class="solution">Solution</button>' : ""}
    <button class="reset">Reset</button></div>
    <div class="editor"></div>
    <div class="result"><div class="note" hidden></div><div class="output"></div><div class="pictures"></div></div>`;
  const output = twin.querySelector(".output");
  const note = twin.querySelector(".note");
  const save = (code) => {
    if (code === original) localStorage.removeItem(key(lesson, index, language));
    else localStorage.setItem(key(lesson, index, language), code);
  };
  const editor = createEditor({
    parent: twin.querySelector(".editor"),
    doc: savedCode(lesson, index, language, original),
    language,
    label: `${NAMES[language]} code, ${name}`,
    describedBy: "editor-keys",
    run: () => runTwin(twin),
    changed: (code) => {
      save(code);
      alignTwins(twin.closest(".cell"));
    },
  });
  twin.editor = editor; // the tests and the toolbar reach the editor so
  const put = (code) => {
    editor.value = code;
    if (twin.getBoundingClientRect().top < 0) twin.scrollIntoView({ block: "start" });
  };
  twin.show = (state) => {
    twin.dataset.state = state;
    const busy = state === "waiting" || state === "running";
    twin.querySelector(".run").hidden = busy;
    twin.querySelector(".stop").hidden = !busy;
    if (state === "waiting") twin.note(`waiting for ${NAMES[language]}…`);
    if (state === "running") twin.note("running…");
  };
  twin.note = (text) => {
    note.hidden = !text;
    note.textContent = text || "";
  };
  twin.querySelector(".run").onclick = () => runTwin(twin);
  twin.querySelector(".stop").onclick = () => runtimes[language].stop();
  if (step > 1) twin.querySelector(".above").onclick = () => runAbove(twin, false);
  twin.querySelector(".reset").onclick = () => put(original);
  if (cell.solution) twin.querySelector(".solution").onclick = () => put(cell.solution[language]);
  twin.reset = () => put(original);
  Object.assign(twin, { output, language, name, options: (cell.options || {})[language] || {}, exercise: Boolean(cell.solution), step });
  return twin;
}

async function runTwin(twin) {
  const { language } = twin;
  const runtime = runtimes[language] || startRuntime(language);
  const pictures = twin.querySelector(".pictures");
  twin.output.replaceChildren();
  pictures.replaceChildren();
  delete twin.dataset.verdict;
  const job = { twin, code: twin.editor.value, name: twin.name, options: twin.options, key: `${twin.dataset.lesson}:${twin.dataset.cell}` };
  try {
    const result = await runtime.submit(job);
    twin.dataset.ms = Math.round(result.ms); // read by the tests
    twin.note("");
    twin.output.replaceChildren(...outputNodes(result.output, result.verdicts || []));
    if (result.error && result.error.stopped) {
      const took = job.interrupted ? performance.now() - job.interrupted : null;
      if (took !== null) page.stops.push({ language, how: "interrupt", stoppedMs: took, readyMs: took });
      const when = took === null ? "" : ` in ${seconds(took)} s`;
      twin.note(`Stopped${when}; ${NAMES[language]} kept the variables of the cells run before.`);
    } else if (result.error) {
      twin.output.append(errorNode(result.error, twin.name));
      if (result.error.missing) offerAbove(twin, result.error.missing);
    }
    pictures.replaceChildren(...result.pictures.map(picture));
    const verdicts = result.verdicts || [];
    if (verdicts.length) twin.dataset.verdict = verdicts.every((verdict) => verdict.passed) ? "passed" : "failed";
    const state = result.error ? (result.error.stopped ? "stopped" : "error") : "done";
    twin.show(state);
    if (twin.step) {
      record(twin.dataset.lesson, language, twin.step, {
        ran: state === "done" || verdicts.length > 0,
        passed: twin.exercise ? twin.dataset.verdict === "passed" : undefined,
      });
    }
  } catch (error) {
    const stopped = error instanceof Stopped;
    twin.show(stopped ? "stopped" : "error");
    twin.note(stopped ? error.message : `${NAMES[language]} could not run this: ${error.message}`);
    if (error.restarted) offerAbove(twin);
  }
  scrollableOutput(twin.output);
}

// An output taller than its box can be scrolled by keyboard too.
function scrollableOutput(output) {
  if (output.scrollHeight > output.clientHeight + 1) output.tabIndex = 0;
  else output.removeAttribute("tabindex");
}

// After a reload (or a restart) the cells above have not run: when a name
// is missing, say so and offer to run them.
function offerAbove(twin, missing) {
  const runtime = runtimes[twin.language];
  const above = twinsAbove(twin);
  const notRun = above.filter((each) => !runtime.ran.has(`${each.dataset.lesson}:${each.dataset.cell}`));
  if (!notRun.length) return;
  const offer = document.createElement("p");
  offer.className = "offer";
  const what = missing ? `${NAMES[twin.language]} has no \`${missing}\` yet: ` : "";
  const count = notRun.length === 1 ? "1 cell above has" : `${notRun.length} cells above have`;
  offer.textContent = `${what}${count} not run since ${NAMES[twin.language]} started (a reload or a restart starts it afresh). `;
  const button = document.createElement("button");
  button.className = "run-above";
  button.textContent = "Run the cells above, then this one";
  button.onclick = () => runAbove(twin, true);
  offer.append(button);
  twin.output.append(offer);
}

function twinsAbove(twin) {
  const all = [...document.querySelectorAll(`#lesson .cell:not(.own) .twin[data-lang="${twin.language}"]`)];
  const at = all.indexOf(twin);
  return at < 0 ? all : all.slice(0, at);
}

function runAbove(twin, andThis) {
  const cells = twinsAbove(twin);
  if (andThis) cells.push(twin);
  return Promise.all(cells.map(runTwin));
}

function cellElement(lesson, index, cell, step) {
  const row = document.createElement("div");
  row.className = "cell";
  for (const language of LANGUAGES) row.append(twinElement(lesson, index, language, cell, step));
  alignTwins(row);
  return row;
}

// Twins' editors as tall as each other, so the two languages' lines stay
// side by side: each at least as many lines as the longer.
function alignTwins(row) {
  if (!row) return;
  const lines = [...row.querySelectorAll(".twin")].map((twin) => (twin.editor ? twin.editor.view.state.doc.lines : 1));
  row.style.setProperty("--lines", Math.max(...lines));
}

// --- one lesson --------------------------------------------------------------
function showLesson(lessons, name) {
  const lesson = lessons.find((each) => each.name === name) || lessons[0];
  const main = document.getElementById("lesson");
  main.replaceChildren();
  main.dataset.lesson = lesson.name;
  const toolbar = document.createElement("div");
  toolbar.className = "toolbar";
  toolbar.innerHTML = `<button id="run-all">Run every cell</button><button id="reset-lesson">Reset this lesson</button>
    <span id="editor-keys">In an editor: Shift+Enter runs the cell; Tab indents; Esc then Tab moves on.</span>`;
  main.append(toolbar);
  const cells = [...lesson.cells, { python: "", r: "", own: true }];
  let step = 0;
  cells.forEach((cell, index) => {
    if (cell.own) {
      const heading = document.createElement("h2");
      heading.textContent = "Your own code";
      main.append(heading);
    }
    if ("html" in cell) {
      const prose = document.createElement("div");
      prose.className = "prose";
      prose.innerHTML = cell.html;
      main.append(prose);
    } else {
      const row = cellElement(lesson.name, cell.own ? "own" : index, cell, cell.own ? 0 : ++step);
      if (cell.own) row.classList.add("own");
      main.append(row);
    }
  });
  const twins = () => [...main.querySelectorAll(".cell:not(.own) .twin")].filter((twin) => chosen().includes(twin.language));
  document.getElementById("run-all").onclick = () => Promise.all(twins().map(runTwin));
  document.getElementById("reset-lesson").onclick = () => {
    if (confirm("Put back every cell of this lesson as it was written?")) twins().forEach((twin) => twin.reset());
  };
  for (const link of document.querySelectorAll("#lesson-list a")) {
    if (link.hash === `#${lesson.name}`) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${lesson.title} · scratchnet`;
  document.body.classList.remove("lessons-open");
  document.getElementById("lessons-toggle").setAttribute("aria-expanded", false);
}

// --- the lesson list and its marks -----------------------------------------------
let allLessons = [];

// A lesson is marked run when every cell of it has run in a language shown;
// a lesson with exercises counts those passed in a language shown.
function showMarks() {
  const kept = progress();
  for (const lesson of allLessons) {
    const mark = document.querySelector(`#lesson-list li[data-lesson="${lesson.name}"] .marks`);
    if (!mark) continue;
    const mine = kept[lesson.name] || {};
    const steps = lesson.cells.filter((cell) => "python" in cell).length;
    const exercises = lesson.cells.filter((cell) => "python" in cell).map((cell, i) => (cell.solution ? i + 1 : 0)).filter(Boolean);
    const ran = chosen().some((language) => ((mine[language] || {}).ran || []).length >= steps);
    const passed = exercises.filter((step) => chosen().some((language) => ((mine[language] || {}).passed || []).includes(step)));
    const parts = [];
    if (ran) parts.push('<span class="ran" title="every cell run">✓ run</span>');
    if (exercises.length && passed.length) parts.push(`<span class="passed" title="exercises passed">${passed.length}/${exercises.length} passed</span>`);
    mark.innerHTML = parts.join(" ");
    mark.closest("li").dataset.ran = ran;
    mark.closest("li").dataset.passed = passed.length;
  }
}

// --- choosing languages ------------------------------------------------------------
// At once, on any lesson: the columns and prose of the languages not chosen
// hide, and a runtime newly chosen starts loading (one already loaded stays).
// The menu's choice is remembered; a link's ?lang= is not.
function choose(value, remember = false) {
  choice = value in CHOICES ? value : "both";
  if (remember) localStorage.setItem("scratchnet:languages", choice);
  document.body.dataset.languages = choice;
  document.getElementById("languages").value = choice;
  const url = new URL(location.href);
  if (remember && url.searchParams.has("lang")) {
    url.searchParams.delete("lang");
    history.replaceState(null, "", url.href);
  }
  for (const language of chosen()) startRuntime(language);
  for (const runtime of Object.values(runtimes)) runtime.line.show();
  showMarks();
}

let manifestLoaded;
function startRuntime(language) {
  runtimes[language] ||= new Runtime(language, manifestLoaded);
  const runtime = runtimes[language];
  page.ready[language] ||= runtime.start();
  runtime.line.show();
  return runtime;
}

async function main() {
  const json = (file) => fetch(file).then((response) => response.json());
  manifestLoaded = json("manifest.json");
  const select = document.getElementById("languages");
  select.onchange = () => choose(select.value, true);
  choose(choice); // the runtimes need not wait for the lessons
  const toggle = document.getElementById("lessons-toggle");
  toggle.onclick = () => toggle.setAttribute("aria-expanded", document.body.classList.toggle("lessons-open"));
  document.getElementById("lessons").addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !document.body.classList.contains("lessons-open")) return;
    document.body.classList.remove("lessons-open");
    toggle.setAttribute("aria-expanded", false);
    toggle.focus();
  });
  const { lessons } = await json("lessons.json");
  allLessons = lessons;
  const list = document.getElementById("lesson-list");
  for (const lesson of lessons) {
    const item = document.createElement("li");
    item.dataset.lesson = lesson.name;
    item.innerHTML = `<a href="#${lesson.name}"></a> <span class="marks"></span>`;
    item.firstChild.textContent = lesson.title.replace(/^Lesson \d+: /, "");
    list.append(item);
  }
  showMarks();
  const show = () => showLesson(lessons, location.hash.slice(1));
  window.addEventListener("hashchange", show);
  show();
}

main();
