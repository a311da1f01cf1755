/** Where the Next.js build lives: `.next`, or NEXT_DIST_DIR (the tests and benchmarks build elsewhere). */
export function distDir() {
  return process.env.NEXT_DIST_DIR || ".next";
}
