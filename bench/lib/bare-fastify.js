// The HTTP ceiling: a bare Fastify route returning a constant, served the same way (its own
// process, keep-alive) so the gap to a real scenario is what the application adds.
import Fastify from "fastify";

const app = Fastify({ logger: false });
const body = { items: [], total: 0 };
app.get("/", async () => body);
const url = await app.listen({ port: 0, host: "127.0.0.1" });
console.log(`listening on ${url}`);
process.on("SIGTERM", () => app.close().then(() => process.exit(0)));
