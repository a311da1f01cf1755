// A request written byte for byte on a socket, as a hostile client would send it: what the server answered
// (status line, headers, body) and whether it closed the connection, within a time limit.
import net from "node:net";

export type RawAnswer = { status: number | null; head: string; body: string; closed: boolean };

export function rawRequest(baseUrl: string, requestLine: string, headers = "", timeoutMs = 5_000) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise<RawAnswer>((resolve) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString("utf8");
      const [head = "", body = ""] = text.split(/\r\n\r\n/, 2);
      const status = head.match(/^HTTP\/1\.[01] (\d{3})/)?.[1];
      resolve({ status: status ? Number(status) : null, head, body, closed });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("end", () => finish(true));
    socket.on("error", () => finish(true));
    socket.write(`${requestLine}\r\nHost: ${hostname}:${port}\r\n${headers}Connection: close\r\n\r\n`, "latin1");
  });
}
