// Sends a scenario's requests to the server the way a browser would: keep-alive connections,
// the API token on every request unless the scenario signs in or uses a vendor link. node:http
// with a keep-alive agent costs the client a third of what fetch does, so the figures are the
// server's, not the load generator's.
import http from "node:http";

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** One request; resolves with the status and the whole body. */
export function httpRequest(baseUrl, { method = "GET", path, headers = {}, body }) {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, agent },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export function apiClient(baseUrl, token) {
  const send = async (spec) => {
    const headers = { ...(spec.headers ?? {}) };
    if (spec.auth !== false) headers.authorization = `Bearer ${token}`;
    const res = await httpRequest(baseUrl, { ...spec, headers });
    const expected = spec.expect ?? 200;
    if (res.status !== expected)
      throw new Error(
        `${spec.method ?? "GET"} ${spec.path}: ${res.status} (expected ${expected}) ${res.body.toString("utf8").slice(0, 300)}`,
      );
    return res.body;
  };
  return {
    send,
    /** One scenario step: a request, or several sent together as a page does. */
    step: (spec) => (Array.isArray(spec) ? Promise.all(spec.map(send)) : send(spec)),
    get: async (path) => JSON.parse((await send({ path })).toString("utf8")),
  };
}
