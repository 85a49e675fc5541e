// Accessibility (WCAG 2.2 A and AA, as axe-core tests it): every page of a
// built site (pages, print leaflets, 404 pages) loaded in Chromium, with no
// violation.
//
//   node tests/browser/axe.mjs <public folder>
import { launch, pages } from "./common.mjs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: node axe.mjs <public folder>");
  process.exit(2);
}
const axe = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
let passed = 0;
let failed = 0;
for (const file of pages(resolve(folder), (name) => name.endsWith(".html"))) {
  await page.goto(pathToFileURL(file).href);
  await page.addScriptTag({ path: axe });
  const violations = await page.evaluate(async () => {
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} element(s), first: ${v.nodes[0]?.target}`);
  });
  if (violations.length > 0) {
    failed += 1;
    for (const v of violations) console.error(`${file}: ${v}`);
  } else {
    passed += 1;
  }
}
await browser.close();
console.log(`axe: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
