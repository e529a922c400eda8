// The page's side of the Python worker: one promise per request.
export class PythonRuntime {
  constructor(onProgress) {
    this.worker = new Worker("py-worker.js");
    this.pending = new Map();
    this.next = 0;
    this.worker.onmessage = ({ data }) => {
      if (data.type === "progress") return onProgress(data);
      const { resolve, reject } = this.pending.get(data.id);
      this.pending.delete(data.id);
      if (data.type === "failed") reject(new Error(data.error));
      else resolve(data);
    };
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
    return this.request({ type: "init", wheel: manifest.python_wheel, shipped: manifest.pyodide_wheels });
  }

  // -> {output: [[stream, text]], error, pictures: [[name, mime type, base64]]}
  run(code) {
    return this.request({ type: "run", code });
  }
}
