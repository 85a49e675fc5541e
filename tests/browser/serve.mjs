// The live preview in a real browser: `informed serve` on a copy of a site,
// a page open in Chromium; a save that breaks procedure.yaml (with markup in
// the broken field's name) lays the errors over the page as text, and the
// mended file brings the page back by itself, without the overlay.
//
//   node tests/browser/serve.mjs <informed binary> <site folder>
//
// The site folder is edited: pass a copy.
import { launch } from "./common.mjs";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [binary, site] = process.argv.slice(2);
if (!binary || !site) {
  console.error("usage: node serve.mjs <informed binary> <site folder>");
  process.exit(2);
}
const server = spawn(binary, ["serve", "--port", "0", "--today", "2026-06-01"], { cwd: site, stdio: ["ignore", "ignore", "pipe"] });
const problems = [];
let browser;
try {
  const address = await new Promise((resolve, reject) => {
    let text = "";
    server.stderr.on("data", (chunk) => {
      text += chunk;
      const found = text.match(/serving http:\/\/([^/\s]+)\//);
      if (found) resolve(found[1]);
    });
    server.on("exit", () => reject(new Error(`informed serve stopped:\n${text}`)));
  });
  const slug = readdirSync(join(site, "content/procedures")).sort()[0];
  const yaml = join(site, "content/procedures", slug, "procedure.yaml");
  const good = readFileSync(yaml, "utf8");

  browser = await launch();
  const page = await browser.newPage();
  page.on("dialog", async (d) => { problems.push(`a ${d.type()} dialog: ${d.message()}`); await d.dismiss(); });
  page.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
  await page.goto(`http://${address}/${slug}/`, { waitUntil: "load" });
  await page.waitForTimeout(300); // the event stream connects

  const bad = '"<img src=x onerror=alert(1)>update_polcy":';
  writeFileSync(yaml, good.replace("update_policy:", bad));
  const overlay = page.locator("#informed-errors");
  await overlay.waitFor({ timeout: 30000 });
  const shown = await overlay.innerText();
  for (const expected of [`${slug}/procedure.yaml:`, "<img src=x onerror=alert(1)>update_polcy", "hint:"]) {
    if (!shown.includes(expected)) problems.push(`the overlay does not show ${expected}:\n${shown}`);
  }
  if ((await page.locator("#informed-errors img").count()) > 0) problems.push("markup in an error became an element");
  if ((await page.locator("main").count()) === 0) problems.push("the last good page is not under the overlay");

  writeFileSync(yaml, good);
  await page.waitForEvent("load", { timeout: 30000 });
  if ((await overlay.count()) > 0) problems.push("the overlay is still there after a good save");
} catch (e) {
  problems.push(String(e));
} finally {
  if (browser) await browser.close();
  server.kill();
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log("serve: a failed save showed its errors over the page as text; the mended save reloaded it");
