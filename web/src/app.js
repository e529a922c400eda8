// The course page: lessons from lessons.json, each code step in Python and R
// side by side, every cell editable and runnable against the runtimes the
// learner chose. Edits are kept in localStorage, so they survive a reload.

const NAMES = { python: "Python", r: "R" };
const started = performance.now();

// Which runtimes to load: ?lang= (a link can choose), else the last choice.
function chosenLanguages() {
  const asked = new URLSearchParams(location.search).get("lang") || localStorage.getItem("scratchnet:languages");
  const choice = ["python", "r", "both"].includes(asked) ? asked : "both";
  return { choice, languages: choice === "both" ? ["python", "r"] : [choice] };
}

const { choice, languages } = chosenLanguages();
const runtimes = {};
// Exposed for the browser tests and the curious: when each runtime was ready.
const page = (window.scratchnetPage = { languages, ready: {}, timings: {} });

function statusLine(language) {
  const line = document.createElement("span");
  line.className = "runtime";
  line.id = `status-${language}`;
  line.dataset.state = "loading";
  line.innerHTML = `<progress max="1" value="0"></progress> <span>${NAMES[language]}: waiting</span>`;
  document.getElementById("status").append(line);
  return (state, label, step, of) => {
    line.dataset.state = state;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    line.querySelector("span").textContent = `${label} (${seconds} s)`;
    if (of) Object.assign(line.querySelector("progress"), { max: of, value: step });
  };
}

// manifestLoaded: a promise of manifest.json, so a runtime's module is
// fetched while the manifest is
function startRuntimes(manifestLoaded) {
  for (const language of languages) {
    const show = statusLine(language);
    const progress = ({ step, of, label }) => {
      page.timings[label] = performance.now() - started; // when each stage began
      show("loading", `${label}…`, step - 1, of);
    };
    // imported here, not at the top: a runtime not chosen is never fetched
    const imported = language === "python" ? import("./python.js") : import("./r.js");
    const runtime = Promise.all([imported, manifestLoaded]).then(([module, manifest]) => {
      runtimes[language] = new (module.PythonRuntime || module.RRuntime)(progress);
      return runtimes[language].start(manifest);
    });
    page.ready[language] = runtime.then(
      () => {
        page.timings[language] = performance.now() - started;
        show("ready", `${NAMES[language]}: ready`, 1, 1);
      },
      (error) => {
        show("failed", `${NAMES[language]} did not start: ${error.message}`);
        throw error;
      },
    );
  }
}

// --- saved edits -----------------------------------------------------------
const key = (lesson, index, language) => `scratchnet:${lesson}:${index}:${language}`;

function savedCode(lesson, index, language, original) {
  return localStorage.getItem(key(lesson, index, language)) ?? original;
}

// --- one code cell -----------------------------------------------------------
// A queue per runtime: cells run one after another, in the order asked.
const queues = {};
function enqueue(language, job) {
  const next = (queues[language] || Promise.resolve()).then(job, job);
  queues[language] = next.catch(() => {});
  return next;
}

function picture([name, mime, data]) {
  const image = document.createElement("img");
  image.src = `data:${mime};base64,${data}`;
  image.alt = name;
  image.title = name;
  return image;
}

async function runTwin(twin, language) {
  const output = twin.querySelector(".output");
  const pictures = twin.querySelector(".pictures");
  twin.dataset.state = "running";
  output.textContent = "waiting for the runtime…";
  pictures.replaceChildren();
  try {
    await page.ready[language];
    const code = twin.querySelector("textarea").value;
    const result = await enqueue(language, async () => {
      output.textContent = "running…";
      const start = performance.now();
      const ran = await runtimes[language].run(code);
      twin.dataset.ms = Math.round(performance.now() - start); // read by the tests
      return ran;
    });
    output.replaceChildren(
      ...result.output.map(([stream, text]) => {
        const part = document.createElement("span");
        part.className = stream; // stdout or stderr (messages, warnings, errors)
        part.textContent = text;
        return part;
      }),
    );
    if (result.error && language === "python") {
      const error = document.createElement("span");
      error.className = "stderr error";
      error.textContent = result.error;
      output.append(error);
    }
    pictures.replaceChildren(...result.pictures.map(picture));
    twin.dataset.state = result.error ? "error" : "done";
  } catch (error) {
    output.textContent = `${NAMES[language]} could not run this: ${error.message}`;
    twin.dataset.state = "error";
  }
}

// An editor as tall as its code, and never shorter than its twin's, so the
// two languages' lines stay side by side.
function fit(textarea) {
  textarea.rows = Math.max(Number(textarea.dataset.rows || 3), textarea.value.split("\n").length + 1);
}

function twinElement(lesson, index, language, cell) {
  const twin = document.createElement("div");
  twin.className = "twin";
  Object.assign(twin.dataset, { lesson, cell: index, lang: language, state: "idle" });
  const original = cell[language];
  twin.innerHTML = `<h3><span>${NAMES[language]}</span>
    <button class="run" title="Shift+Enter">Run</button>
    ${cell.solution ? '<button class="solution">Solution</button>' : ""}
    <button class="reset">Reset</button></h3>
    <textarea spellcheck="false" autocapitalize="off" aria-label="${NAMES[language]} code"></textarea>
    <pre class="output"></pre><div class="pictures"></div>`;
  const textarea = twin.querySelector("textarea");
  textarea.value = savedCode(lesson, index, language, original);
  fit(textarea);
  const set = (code) => {
    textarea.value = code;
    fit(textarea);
    if (code === original) localStorage.removeItem(key(lesson, index, language));
    else localStorage.setItem(key(lesson, index, language), code);
  };
  textarea.addEventListener("input", () => set(textarea.value));
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.shiftKey) {
      event.preventDefault();
      runTwin(twin, language);
    } else if (event.key === "Tab") {
      event.preventDefault(); // indent instead of leaving the editor
      textarea.setRangeText(language === "python" ? "    " : "  ", textarea.selectionStart, textarea.selectionEnd, "end");
      set(textarea.value);
    }
  });
  twin.querySelector(".run").onclick = () => runTwin(twin, language);
  twin.querySelector(".reset").onclick = () => set(original);
  if (cell.solution) twin.querySelector(".solution").onclick = () => set(cell.solution[language]);
  twin.reset = () => set(original);
  return twin;
}

function cellElement(lesson, index, cell) {
  const row = document.createElement("div");
  row.className = "cell";
  row.style.setProperty("--columns", languages.length);
  for (const language of languages) row.append(twinElement(lesson, index, language, cell));
  const editors = [...row.querySelectorAll("textarea")];
  const rows = Math.max(...editors.map((editor) => editor.rows));
  for (const editor of editors) {
    editor.dataset.rows = rows;
    fit(editor);
  }
  return row;
}

// --- one lesson --------------------------------------------------------------
function showLesson(lessons, name) {
  const lesson = lessons.find((each) => each.name === name) || lessons[0];
  const main = document.getElementById("lesson");
  main.replaceChildren();
  main.dataset.lesson = lesson.name;
  const toolbar = document.createElement("div");
  toolbar.className = "toolbar";
  toolbar.innerHTML = `<button id="run-all">Run every cell</button><button id="reset-lesson">Reset this lesson</button>`;
  main.append(toolbar);
  const cells = [...lesson.cells, { python: "", r: "", own: true }];
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
      const row = cellElement(lesson.name, cell.own ? "own" : index, cell);
      if (cell.own) row.classList.add("own");
      main.append(row);
    }
  });
  const twins = () => [...main.querySelectorAll(".cell:not(.own) .twin")];
  document.getElementById("run-all").onclick = () => Promise.all(twins().map((twin) => runTwin(twin, twin.dataset.lang)));
  document.getElementById("reset-lesson").onclick = () => {
    if (confirm("Put back every cell of this lesson as it was written?")) twins().forEach((twin) => twin.reset());
  };
  for (const link of document.querySelectorAll("#lesson-list a")) {
    if (link.hash === `#${lesson.name}`) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${lesson.title} · scratchnet`;
}

async function main() {
  const select = document.getElementById("languages");
  select.value = choice;
  select.onchange = () => {
    // Only the chosen runtimes load, so a new choice means a new page.
    localStorage.setItem("scratchnet:languages", select.value);
    const url = new URL(location.href);
    url.searchParams.delete("lang");
    location.href = url.href;
  };
  const json = (file) => fetch(file).then((response) => response.json());
  startRuntimes(json("manifest.json")); // the runtimes need not wait for the lessons
  const { lessons } = await json("lessons.json");
  const list = document.getElementById("lesson-list");
  for (const lesson of lessons) {
    const item = document.createElement("li");
    item.innerHTML = `<a href="#${lesson.name}"></a>`;
    item.firstChild.textContent = lesson.title.replace(/^Lesson \d+: /, "");
    list.append(item);
  }
  const show = () => showLesson(lessons, location.hash.slice(1));
  window.addEventListener("hashchange", show);
  show();
}

main();
