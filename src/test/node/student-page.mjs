// Drives Debian's Chromium through the echo server's student page, as a student would: text, binary as hex, the
// ping request, a close. Run by wsinspector.ui.live.StudentPageBrowserTest, which checks what the lecturer's window
// recorded. Usage: node student-page.mjs PAGE_URL en|ru [SCREENSHOT.png]
// Prints one JSON line: the page's language, its state and its log as the student sees them.
import { chromium } from "playwright-core";

const [url, language, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  // root in a container has no user namespace for Chromium's sandbox
  args: process.getuid && process.getuid() === 0 ? ["--no-sandbox"] : [],
});
try {
  const context = await browser.newContext({ locale: language === "ru" ? "ru-RU" : "en-US" });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  await page.goto(url);
  await page.waitForSelector("#state.open");

  await page.fill("#text", "Hello from Chromium");
  await page.click("#send-text");
  await page.waitForSelector("#log li.in:has-text('Hello from Chromium')");

  await page.fill("#hex", "01 02 03 fe ff");
  await page.click("#send-hex");
  await page.waitForSelector("#log li.in:has-text('01 02 03 fe ff')");

  // The server pings this page's connection; Chromium answers with a pong by itself, unseen by the script.
  await page.click("#ping");
  await page.waitForFunction(() => document.querySelectorAll("#log li.out").length === 3);
  // An echo after the ping: the server wrote its ping before answering the request, so the pong is on its way.
  await page.fill("#text", "after the ping");
  await page.click("#send-text");
  await page.waitForSelector("#log li.in:has-text('after the ping')");

  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  await page.fill("#close-code", "4000");
  await page.fill("#close-reason", "bye");
  await page.click("#close");
  await page.waitForSelector("#state.closed");

  const result = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    state: document.getElementById("state").textContent,
    problem: document.getElementById("problem").textContent,
    log: Array.from(document.querySelectorAll("#log li"), li => li.className + ": " + li.innerText.replace(/\s+/g, " ")),
  }));
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
