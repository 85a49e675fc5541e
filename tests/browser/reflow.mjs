// Reflow (WCAG 1.4.10): every page of a built site, and every sheet at a
// glance (a patient may open it on a phone), at 320 px wide, must not scroll
// sideways.
//
//   node tests/browser/reflow.mjs <public folder>
import { launch, pages } from "./common.mjs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";


const folder = process.argv[2];
if (!folder) {
  console.error("usage: node reflow.mjs <public folder>");
  process.exit(2);
}
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
const page = await context.newPage();
let passed = 0;
let failed = 0;
for (const file of pages(resolve(folder), (name) => ["index.html", "404.html", "leaflets.html"].includes(name) || name.startsWith("leaflet-glance"))) {
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
