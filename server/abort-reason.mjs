// An Error keeps its stack as frames until `.stack` is first read, and a frame keeps its
// receiver. React's server renderer aborts each finished render's cacheController with an Error
// made inside a setImmediate callback: that frame's receiver is the Immediate, which keeps its
// AsyncLocalStorage store (the request) and, through links Node leaves on Immediates that have
// run, the other Immediates of its batch and their requests (nodejs/node#66129). Each of those
// requests keeps its own render's abort reason in turn, so under a steady stream of renders the
// chain never breaks: a flood of 404s held 985 requests alive and passed 300 MB of live heap.
// Reading the stack of an abort reason when it is given turns the frames into a string and
// breaks the chain. Plain JavaScript, so that it runs before anything else is loaded.
const abort = AbortController.prototype.abort;

export function releaseAbortReasonFrames() {
  if (AbortController.prototype.abort !== abort) return;
  AbortController.prototype.abort = function (reason) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
}
