// The page's side of the Python worker: one promise per request, and Stop.
//
// On a cross-origin-isolated page Stop writes SIGINT in the worker's
// interrupt buffer (a SharedArrayBuffer), and the cell ends with
// KeyboardInterrupt, its variables kept. Elsewhere Stop ends the worker and
// its promises; the page then starts a new one.
export class PythonRuntime {
  constructor(onProgress) {
    this.worker = new Worker("py-worker.js");
    this.pending = new Map();
    this.next = 0;
    // SharedArrayBuffer exists only where the page is cross-origin isolated
    this.interrupt = globalThis.crossOriginIsolated ? new Int32Array(new SharedArrayBuffer(4)) : null;
    this.worker.onmessage = ({ data }) => {
      if (data.type === "progress") return onProgress(data);
      const { resolve, reject } = this.pending.get(data.id);
      this.pending.delete(data.id);
      if (data.type === "failed") reject(new Error(data.error));
      else resolve(data);
    };
  }

  get canInterrupt() {
    return this.interrupt !== null;
  }

  request(message) {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...message });
    });
  }

  // manifest: what the build shipped (the project's wheel, Pyodide's wheels)
  start(manifest) {
    const interruptBuffer = this.interrupt && this.interrupt.buffer;
    return this.request({ type: "init", wheel: manifest.python_wheel, shipped: manifest.pyodide_wheels, interruptBuffer });
  }

  // name: the cell's name in tracebacks ("cell 3")
  // -> {output: [[stream, text]], error, pictures: [[name, mime type, base64]], verdicts}
  run(code, { name }) {
    // cleared here, not in the worker, so a Stop pressed as the cell starts counts
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
    return this.request({ type: "run", code, name: `<${name}>` });
  }

  // Stop the running cell, keeping the runtime (isolated pages only).
  stopCell() {
    Atomics.store(this.interrupt, 0, 2); // SIGINT
  }

  // End the worker; whatever it was doing fails with `reason`.
  close(reason) {
    this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(reason);
    this.pending.clear();
  }
}
