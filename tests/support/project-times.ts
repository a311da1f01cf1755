// A Vitest reporter that prints, at the end of `npm test`, how long each project took: the span from its first
// file's start to its last file's end, its files and tests, and the preparation before the first file (the
// projects' global setups: production builds, database clusters).
import type { Reporter, TestModule } from "vitest/node";

type Span = { start: number; end: number; files: number; tests: number };

export default class ProjectTimes implements Reporter {
  private initialisedAt = Date.now();
  private firstModuleAt = Infinity;
  private spans = new Map<string, Span>();

  onTestModuleStart(module: TestModule) {
    const now = Date.now();
    this.firstModuleAt = Math.min(this.firstModuleAt, now);
    const span = this.spans.get(module.project.name) ?? { start: now, end: now, files: 0, tests: 0 };
    span.start = Math.min(span.start, now);
    this.spans.set(module.project.name, span);
  }

  onTestModuleEnd(module: TestModule) {
    const span = this.spans.get(module.project.name);
    if (!span) return;
    span.end = Math.max(span.end, Date.now());
    span.files += 1;
    span.tests += [...module.children.allTests()].length;
  }

  onTestRunEnd() {
    const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
    const lines = [...this.spans].map(
      ([name, span]) =>
        `  ${name.padEnd(12)} ${seconds(span.end - span.start).padStart(6)}  (${span.files} fichiers, ${span.tests} tests)`,
    );
    if (lines.length === 0) return;
    console.log(
      `\nDurée par projet (les projets tournent en même temps) :\n` +
        `  ${"préparation".padEnd(12)} ${seconds(this.firstModuleAt - this.initialisedAt).padStart(6)}  (builds et bases des global setups)\n` +
        `${lines.join("\n")}\n`,
    );
  }
}
