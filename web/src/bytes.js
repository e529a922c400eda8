// Counts the bytes a runtime's worker receives, for the page's progress bar.
//
// Loaded first in each runtime's worker: Python's (py-worker.js) and webR's
// (the build puts a two-line webr/webr-worker.js in front of webR's own
// worker). It wraps fetch and XMLHttpRequest, which is how the runtimes load
// their WebAssembly, libraries and packages, and tells the page each
// request's bytes so far on the BroadcastChannel "scratchnet-bytes":
// {language, url, received, total, done}. It changes nothing received.
/* global self */
(() => {
  const language = self.location.pathname.includes("/webr/") ? "r" : "python";
  const channel = new BroadcastChannel("scratchnet-bytes");
  const tell = (url, received, total, done = false) =>
    channel.postMessage({ language, url: String(url), received, total: total || 0, done });

  const fetched = self.fetch.bind(self);
  self.fetch = async (input, init) => {
    const response = await fetched(input, init);
    if (!response.ok || !response.body) return response;
    const url = response.url;
    const total = Number(response.headers.get("content-length")) || 0;
    let received = 0;
    const counting = new TransformStream({
      transform(chunk, controller) {
        received += chunk.byteLength;
        tell(url, received, total);
        controller.enqueue(chunk);
      },
      flush() {
        tell(url, received, total, true);
      },
    });
    const counted = new Response(response.body.pipeThrough(counting), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperty(counted, "url", { value: url }); // a new Response has none
    return counted;
  };

  // Asynchronous requests report as they go; synchronous ones (webR's lazy
  // files) when they end.
  const { open, send } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (method, url, async = true, ...rest) {
    this.countedAsync = async;
    return open.call(this, method, url, async, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    const size = () => {
      const body = this.response;
      if (body instanceof ArrayBuffer) return body.byteLength;
      if (body && body.size !== undefined) return body.size;
      return typeof body === "string" ? body.length : 0;
    };
    if (this.countedAsync) {
      this.addEventListener("progress", (event) => tell(this.responseURL, event.loaded, event.total));
      this.addEventListener("load", () => tell(this.responseURL, size(), size(), true));
      return send.apply(this, args);
    }
    const result = send.apply(this, args);
    if (this.status === 200) tell(this.responseURL, size(), size(), true);
    return result;
  };
})();
