import { launch } from "./common.mjs";
const [url, out, width, selector] = process.argv.slice(2);
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: Number(width), height: 900 } })).newPage();
await page.goto(url);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
