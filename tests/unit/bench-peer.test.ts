import http from "node:http";
import type net from "node:net";
import { describe, expect, it } from "vitest";
import { listenerPid, peerMean, type PeerRun } from "../../scripts/bench/lib/peer";

describe("the bench's view of the peer", () => {
  it("finds the process listening on a port, and nothing on a port nobody listens on", async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      expect(listenerPid(port)).toBe(process.pid);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(listenerPid(port)).toBeNull();
  });

  it("sets a row against the peer's mean in the same language, CPU only where it was measured", () => {
    const run = (locale: "ru" | "en", rps: number, cpu: number | null) =>
      ({ locale, when: "", bytes: 0, load: { rps, cpuPerRequestUs: cpu } }) as unknown as PeerRun;
    const runs = [run("ru", 1000, 600), run("ru", 2000, null), run("en", 1500, 500)];
    expect(peerMean(runs, "ru")).toEqual({ rps: 1500, cpuPerRequestUs: 600 });
    expect(peerMean(runs.slice(0, 2), "en")).toBeNull();
  });
});
