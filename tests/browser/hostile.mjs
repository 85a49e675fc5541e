// Loads every page of one or more built sites in Chromium and fails on any
// dialog, navigation away from the page, page error or console error: text
// from content and translations must stay text, whatever it says.
//
//   node tests/browser/hostile.mjs <public folder>...
//
// Uses Debian's Chromium (/usr/bin/chromium, or CHROMIUM=...): playwright-core
// downloads no browser of its own.
import { launch, pages } from "./common.mjs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";


const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error("usage: node hostile.mjs <public folder>...");
  process.exit(2);
}
const browser = await launch();
let loaded = 0;
const problems = [];
for (const folder of folders) {
  for (const file of pages(resolve(folder), (name) => name.endsWith(".html"))) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = pathToFileURL(file).href;
    page.on("dialog", async (d) => { problems.push(`${file}: a ${d.type()} dialog: ${d.message()}`); await d.dismiss(); });
    page.on("pageerror", (e) => problems.push(`${file}: script error: ${e.message}`));
    page.on("console", (m) => { if (m.type() === "error") problems.push(`${file}: console error: ${m.text()}`); });
    page.on("framenavigated", (f) => {
      if (f === page.mainFrame() && f.url() !== url && f.url() !== "about:blank") problems.push(`${file}: navigated to ${f.url()}`);
    });
    await page.goto(url, { waitUntil: "load" });
    // Give any handler a chance to fire: focus and hover everything that can take it.
    for (const el of (await page.$$("a, button, input, [tabindex]")).slice(0, 60)) {
      await el.hover({ timeout: 500 }).catch(() => {});
    }
    await page.waitForTimeout(50);
    loaded += 1;
    await context.close();
  }
}
await browser.close();
for (const p of problems) console.error(p);
console.log(`${loaded - new Set(problems.map((p) => p.split(":")[0])).size} passed, ${new Set(problems.map((p) => p.split(":")[0])).size} failed`);
process.exit(problems.length === 0 && loaded > 0 ? 0 : 1);
