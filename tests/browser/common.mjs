// Shared by the browser tests: the pages of a built site, and Debian's
// Chromium (/usr/bin/chromium, or CHROMIUM=...) started as CI runs it;
// playwright-core downloads no browser of its own.
import { chromium } from "playwright-core";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every file under `dir` whose name `keep` accepts, in name order. */
export function pages(dir, keep) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...pages(path, keep));
    else if (keep(name)) found.push(path);
  }
  return found;
}

/** Chromium, headless, with no network of its own. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}
