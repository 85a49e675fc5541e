// Reflow (WCAG 1.4.10): every page of a built site, at 320 px wide, must not
// scroll sideways.
//
//   node tests/browser/reflow.mjs <public folder>
import { chromium } from "playwright-core";
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

function pages(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...pages(path));
    else if (name === "index.html") found.push(path);
  }
  return found;
}

const folder = process.argv[2];
if (!folder) {
  console.error("usage: node reflow.mjs <public folder>");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
const page = await context.newPage();
let passed = 0;
let failed = 0;
for (const file of pages(resolve(folder))) {
  await page.goto(pathToFileURL(file).href);
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  if (scroll > client) {
    failed += 1;
    console.error(`${file}: ${scroll} px wide at ${client} px: it scrolls sideways`);
  } else {
    passed += 1;
  }
}
await browser.close();
console.log(`reflow: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
