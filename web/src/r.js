// R in webR. webR runs R in its own worker, so the page stays responsive;
// this file starts it, installs the course's R package from the site and runs
// cells. webR has no R CMD INSTALL, so the build ships the package's
// *installed* tree as a file-system image, mounted here.
import { WebR } from "./webr/webr.js";

const LIBRARY = "/home/web_user/library";

// Evaluates a cell the way the R console does (visible values printed) and
// turns an error into the line R prints, so the output before it is kept.
// Returns "ran" or "failed", then the picture files the cell wrote, to be
// shown under it.
const RUNNER = `local({
  pictures <- function() {
    files <- list.files(".", "[.](png|gif)$", recursive = TRUE, ignore.case = TRUE)
    stats::setNames(as.numeric(file.mtime(files)), files)
  }
  # "Error in f(x) : ..." as R says it; "Error: ..." when the cell itself stopped
  say <- function(kind, condition) {
    call <- conditionCall(condition)
    top <- is.null(call) || identical(call, quote(eval(expression, globalenv())))
    where <- if (top) "" else paste0(" in ", deparse(call)[1], " ")
    cat(kind, where, ": ", conditionMessage(condition), "\\n", sep = "", file = stderr())
  }
  before <- pictures()
  failed <- tryCatch({
    for (expression in parse("/tmp/cell.R", keep.source = FALSE)) {
      shown <- withCallingHandlers(
        withVisible(eval(expression, globalenv())),
        warning = function(w) {
          say("Warning", w)
          invokeRestart("muffleWarning")
        })
      if (shown$visible) print(shown$value)
    }
    FALSE
  }, error = function(e) {
    say("Error", e)
    TRUE
  })
  after <- pictures()
  changed <- names(after)[is.na(before[names(after)]) | before[names(after)] != after]
  c(if (failed) "failed" else "ran", changed)
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

export class RRuntime {
  constructor(onProgress) {
    this.onProgress = onProgress;
  }

  async start(manifest) {
    const of = 3;
    this.onProgress({ step: 1, of, label: "R: starting webR (18 MB)" });
    const here = (path) => new URL(path, location.href).href;
    // The package's image and its index are fetched while webR boots.
    const image = `packages/${manifest.r_image}`;
    const fetched = Promise.all([
      fetch(image).then((response) => response.blob()),
      fetch(image.replace(/\.data$/, ".js.metadata")).then((response) => response.json()),
    ]);
    // Both URLs local: webR would otherwise fetch from its public servers.
    this.webR = new WebR({ baseUrl: here("webr/"), repoUrl: here("webr/repo/"), interactive: false });
    await this.webR.init();
    this.onProgress({ step: 2, of, label: "R: installing scratchnet" });
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
    this.onProgress({ step: 3, of, label: "R: ready" });
  }

  // -> {output: [[stream, text]], error, pictures: [[name, mime type, base64]]}
  async run(code) {
    await this.webR.FS.writeFile("/tmp/cell.R", new TextEncoder().encode(code));
    const captured = await this.shelter.captureR(RUNNER, {
      captureStreams: true,
      captureConditions: false,
      captureGraphics: { width: 504, height: 504 },
    });
    try {
      const output = captured.output.map((line) => [line.type, `${line.data}\n`]);
      const [status, ...files] = await captured.result.toArray();
      const pictures = [];
      for (const bitmap of captured.images) pictures.push(["plot", "image/png", bitmapPng(bitmap)]);
      for (const name of files) {
        const bytes = await this.webR.FS.readFile(`/home/web_user/${name}`);
        pictures.push([name, name.toLowerCase().endsWith(".gif") ? "image/gif" : "image/png", base64(bytes)]);
      }
      return { output, error: status === "failed" ? "error" : null, pictures };
    } finally {
      await this.shelter.purge();
    }
  }
}
