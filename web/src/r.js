// R in webR. webR runs R in its own worker, so the page stays responsive;
// this file starts it, installs the course's R package from the site and runs
// cells. webR has no R CMD INSTALL, so the build ships the package's
// *installed* tree as a file-system image, mounted here.
//
// Stop: on a cross-origin-isolated page webR talks to its worker through a
// SharedArrayBuffer, and webR.interrupt() interrupts R as Ctrl+C does: the
// cell ends, R and its variables stay. Elsewhere (webR's message channel
// cannot interrupt) Stop closes webR; the page then starts a new one.
import { WebR } from "./webr/webr.js";

const LIBRARY = "/home/web_user/library";

// Evaluates a cell the way the R console does (visible values printed).
// Returns its news as lines "kind<TAB>...": first "status<TAB>ran|failed|stopped",
// then the picture files the cell wrote ("picture"), each checker's verdict
// ("verdict", passed, checker, line), and an error as R says it ("error")
// with where it happened in the cell ("where", first line, last line, the
// code) and, for a name no cell has made yet, the name ("missing"). A
// verdict is marked in the output by a line "\x1everdict N" the page takes
// out. The cell's code is parsed from its own lines, so no message names a
// file of the page.
const RUNNER = `local({
  lines <- readLines("/tmp/cell.R", warn = FALSE, encoding = "UTF-8")
  news <- character()
  tell <- function(...) news <<- c(news, paste(..., sep = "\\t"))
  pictures <- function() {
    files <- list.files(".", "[.](png|gif)$", recursive = TRUE, ignore.case = TRUE)
    stats::setNames(as.numeric(file.mtime(files)), files)
  }
  # "Error in f(x) : ..." as R says it; "Error: ..." when the cell itself stopped
  said <- function(kind, condition) {
    call <- conditionCall(condition)
    top <- is.null(call) || identical(call, quote(eval(expression, globalenv())))
    where <- if (top) "" else paste0(" in ", deparse(call, nlines = 1), " ")
    paste0(kind, where, ": ", conditionMessage(condition))
  }
  verdicts <- 0
  options(scratchnet.verdict_hook = function(verdict) {
    checker <- if (is.null(verdict$checker)) "" else verdict$checker
    tell("verdict", isTRUE(verdict$passed), checker, verdict$line)
    cat("\\036verdict ", verdicts, "\\n", sep = "")
    verdicts <<- verdicts + 1
  })
  before <- pictures()
  parsed <- tryCatch(
    list(code = parse(text = lines, keep.source = FALSE),
         refs = attr(parse(text = lines, keep.source = TRUE), "srcref")),
    error = function(e) e)
  if (inherits(parsed, "error")) {
    # "<text>:2:5: unexpected symbol" and the lines up to it
    message <- conditionMessage(parsed)
    at <- regmatches(message, regexec("^<text>:([0-9]+):([0-9]+): ([^\\n]*)", message))[[1]]
    if (length(at) == 4) {
      tell("error", paste0("Error: ", at[4]))
      tell("where", at[2], at[2], lines[as.integer(at[2])], at[3])
    } else {
      tell("error", paste0("Error: ", message))
    }
    status <- "failed"
  } else {
    here <- NULL
    status <- tryCatch({
      for (i in seq_along(parsed$code)) {
        here <- parsed$refs[[i]]
        expression <- parsed$code[[i]]
        shown <- withCallingHandlers(
          withVisible(eval(expression, globalenv())),
          warning = function(w) {
            cat(said("Warning", w), "\\n", sep = "", file = stderr())
            invokeRestart("muffleWarning")
          })
        if (shown$visible) print(shown$value)
      }
      "ran"
    }, error = function(e) {
      tell("error", said("Error", e))
      if (!is.null(here)) tell("where", here[1], here[3], lines[here[1]])
      text <- conditionMessage(e)
      for (form in c("^object '(.+)' not found$", "^could not find function \\"(.+)\\"$")) {
        name <- regmatches(text, regexec(form, text))[[1]]
        if (length(name) == 2) tell("missing", name[2])
      }
      "failed"
    }, interrupt = function(i) {
      if (!is.null(here)) tell("where", here[1], here[3], lines[here[1]])
      "stopped"
    })
  }
  options(scratchnet.verdict_hook = NULL)
  after <- pictures()
  changed <- names(after)[is.na(before[names(after)]) | before[names(after)] != after]
  for (file in changed) tell("picture", file)
  c(paste0("status\\t", status), news)
})`;

function base64(bytes) {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

// A plot drawn on webR's canvas device arrives as an ImageBitmap: as a PNG.
function bitmapPng(bitmap) {
  const canvas = document.createElement("canvas");
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext("2d").drawImage(bitmap, 0, 0);
  return canvas.toDataURL("image/png").split(",")[1];
}

// A file fetched here, its bytes told to the page's progress bar as bytes.js
// tells those of the workers.
async function countedBlob(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const total = Number(response.headers.get("content-length")) || 0;
  const channel = new BroadcastChannel("scratchnet-bytes");
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    channel.postMessage({ language: "r", url: response.url, received, total, done: false });
  }
  channel.close();
  return new Blob(chunks);
}

// knitr's figure size: 7 x 7 inches at 72 dots per inch, unless the cell's
// options (#| fig.width = 8, fig.height = 2.5) say otherwise.
function figureSize(options = {}) {
  const dpi = Number(options.dpi) || 72;
  const inches = (name) => Number(options[name]) || 7;
  return { width: Math.round(inches("fig.width") * dpi), height: Math.round(inches("fig.height") * dpi) };
}

const VERDICT = /^\x1everdict (\d+)$/;

export class RRuntime {
  constructor(onProgress) {
    this.onProgress = onProgress;
  }

  // webR's SharedArrayBuffer channel, chosen when the page is isolated, is
  // the one that can interrupt
  get canInterrupt() {
    return Boolean(globalThis.crossOriginIsolated);
  }

  async start(manifest) {
    const of = 3;
    this.onProgress({ step: 1, of, label: "starting webR" });
    const here = (path) => new URL(path, location.href).href;
    // The package's image and its index are fetched while webR boots.
    const image = `packages/${manifest.r_image}`;
    const fetched = Promise.all([
      countedBlob(image),
      fetch(image.replace(/\.data$/, ".js.metadata")).then((response) => response.json()),
    ]);
    // Both URLs local: webR would otherwise fetch from its public servers.
    this.webR = new WebR({ baseUrl: here("webr/"), repoUrl: here("webr/repo/"), interactive: false });
    await this.webR.init();
    this.onProgress({ step: 2, of, label: "installing scratchnet" });
    const [data, metadata] = await fetched;
    // The installed tree is mounted, read in place, not copied or untarred.
    await this.webR.FS.mkdir(LIBRARY);
    await this.webR.FS.mkdir(`${LIBRARY}/scratchnet`);
    await this.webR.FS.mount("WORKERFS", { packages: [{ blob: data, metadata }] }, `${LIBRARY}/scratchnet`);
    await this.webR.evalRVoid(`
      .libPaths(c("${LIBRARY}", .libPaths()))
      suppressPackageStartupMessages(library(scratchnet))
      # webR starts with R's byte-code compiler off; native R compiles loops
      # and functions as they run (level 3), and a lesson's loops run ~20%
      # faster so.
      invisible(compiler::enableJIT(3))`);
    this.shelter = await new this.webR.Shelter();
    this.onProgress({ step: 3, of, label: "ready" });
  }

  // options: the cell's #| options (figure size)
  // -> {output: [[stream, text]], error, pictures: [[name, mime type, base64, width, height]], verdicts}
  async run(code, { options } = {}) {
    await this.webR.FS.writeFile("/tmp/cell.R", new TextEncoder().encode(code));
    const size = figureSize(options);
    const captured = await this.shelter.captureR(RUNNER, {
      captureStreams: true,
      captureConditions: false,
      captureGraphics: size,
    });
    try {
      const output = captured.output.map((line) => {
        const mark = line.type === "stdout" && VERDICT.exec(line.data);
        return mark ? ["verdict", Number(mark[1])] : [line.type, `${line.data}\n`];
      });
      const [status, ...news] = (await captured.result.toArray()).map((line) => line.split("\t"));
      const pictures = [];
      // drawn at the size asked for; a canvas device may draw more pixels
      // for sharpness, so the size to show is given with it
      for (const bitmap of captured.images) pictures.push(["plot", "image/png", bitmapPng(bitmap), size.width, size.height]);
      const verdicts = [];
      let error = null;
      for (const [kind, ...parts] of news) {
        if (kind === "picture") {
          const name = parts.join("\t");
          const bytes = await this.webR.FS.readFile(`/home/web_user/${name}`);
          pictures.push([name, name.toLowerCase().endsWith(".gif") ? "image/gif" : "image/png", base64(bytes)]);
        } else if (kind === "verdict") {
          const [passed, checker, ...line] = parts;
          verdicts.push({ passed: passed === "TRUE", checker, line: line.join("\t") });
        } else if (kind === "error") {
          error = { ...error, message: parts.join("\t") };
        } else if (kind === "where") {
          const [first, last, code, column] = parts;
          error = { ...error, trace: [{ cell: "this", line: Number(first), last: Number(last), code, column: column && Number(column) }] };
        } else if (kind === "missing") {
          error = { ...error, missing: parts[0] };
        }
      }
      if (status[1] === "stopped") error = { message: "interrupted", ...error, stopped: true };
      return { output, error, pictures, verdicts };
    } finally {
      await this.shelter.purge();
    }
  }

  // Stop the running cell, keeping R (isolated pages only).
  stopCell() {
    this.webR.interrupt();
  }

  // End webR; whatever it was doing fails.
  close() {
    this.webR.close();
  }
}
