// Accessibility checks run inside the real webview: axe-core, the focused element's
// indicator, and text that runs out of its box or overlaps other text at large sizes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Key } from "selenium-webdriver";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The impacts that fail a test (axe's "moderate" and "minor" are printed only). */
export const FAILING_IMPACTS = ["serious", "critical"];

/**
 * @typedef {{ id: string, impact: string | null, help: string, helpUrl: string,
 *   nodes: { target: string[], failureSummary?: string }[] }} Violation
 */

/**
 * Runs axe-core on the whole page as it is now (an open dialog included) and returns its
 * violations. axe is injected once per page load (the app is a single page).
 * @param {import("selenium-webdriver").WebDriver} session
 * @returns {Promise<Violation[]>}
 */
export async function runAxe(session) {
  const loaded = await session.executeScript("return typeof window.axe === 'object';");
  if (!loaded) await session.executeScript(axeSource);
  const result = /** @type {string} */ (
    await session.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      window.axe
        .run(document, { resultTypes: ["violations"] })
        .then((r) => done(JSON.stringify(r.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
        })))))
        .catch((e) => done(JSON.stringify({ error: String(e) })));
    `)
  );
  const parsed = JSON.parse(result);
  if (!Array.isArray(parsed)) throw new Error(`axe-core failed: ${parsed.error}`);
  return parsed;
}

/**
 * One line per violation and node, for the test log.
 * @param {string} screen
 * @param {Violation[]} violations
 */
export function describeViolations(screen, violations) {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `[${screen}] ${v.impact ?? "?"} ${v.id}: ${v.help} — ${n.target.join(" ")}` +
        (n.failureSummary ? `\n    ${n.failureSummary.replace(/\n/g, "\n    ")}` : ""),
    ),
  );
}

/**
 * What has focus and whether a person can see it: a solid outline of at least 2 px or
 * a box shadow.
 * @param {import("selenium-webdriver").WebDriver} session
 * @returns {Promise<{ tag: string, id: string, text: string, label: string, visible: boolean, outline: string }>}
 */
export async function focused(session) {
  return session.executeScript(`
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: "body", id: "", text: "", label: "", visible: false, outline: "" };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow && style.boxShadow !== "none";
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.innerText || el.value || "").trim().slice(0, 60),
      label: el.getAttribute("aria-label") || "",
      visible: Boolean(outline || shadow),
      outline: style.outlineStyle + " " + style.outlineWidth + " " + style.outlineColor,
    };
  `);
}

/**
 * Presses one key (with Shift when asked) on whatever has focus.
 * @param {import("selenium-webdriver").WebDriver} session
 * @param {string} key
 * @param {{ shift?: boolean }} [options]
 */
export async function press(session, key, { shift = false } = {}) {
  let actions = session.actions();
  if (shift) actions = actions.keyDown(Key.SHIFT);
  actions = actions.sendKeys(key);
  if (shift) actions = actions.keyUp(Key.SHIFT);
  await actions.perform();
}

/**
 * Text that runs out of its box, elements that run out of their container, the page
 * scrolling sideways, and controls or text blocks that overlap each other. With a dialog
 * open, only the dialog is checked (the page behind it is covered).
 * @param {import("selenium-webdriver").WebDriver} session
 * @returns {Promise<string[]>}
 */
export async function layoutProblems(session) {
  return session.executeScript(`
    const problems = [];
    const root = document.querySelector("[role=dialog]") || document.body;
    const describe = (el) => {
      const cls = typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\\s+/).join(".") : "";
      return el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + cls + ' "' + (el.innerText || el.value || "").trim().replace(/\\s+/g, " ").slice(0, 40) + '"';
    };
    const shown = (el) => {
      if (!el.getClientRects().length) return false;
      const style = getComputedStyle(el);
      return style.visibility !== "hidden" && style.display !== "contents";
    };
    const scrolls = (style) => ["auto", "scroll"].includes(style.overflowX);

    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth + 1) problems.push("the page scrolls sideways: " + page.scrollWidth + " > " + page.clientWidth + " px");

    const all = [...root.querySelectorAll("*")].filter(shown);
    for (const el of all) {
      const style = getComputedStyle(el);
      if (style.display === "inline" || scrolls(style) || el.matches("input, select, textarea, option, br")) continue;
      // Text right inside this box that is wider than the box.
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (ownText && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        problems.push("text runs out of " + describe(el) + ": " + el.scrollWidth + " > " + el.clientWidth + " px");
      }
      // Clipped vertically by a fixed height.
      if (["hidden", "clip"].includes(style.overflowY) && el.scrollHeight > el.clientHeight + 1) {
        problems.push("text is cut off at the bottom of " + describe(el));
      }
      // A child that sticks out of this box sideways.
      const box = el.getBoundingClientRect();
      const left = box.left + el.clientLeft;
      const right = left + (el.clientWidth || box.width);
      for (const child of el.children) {
        if (!shown(child)) continue;
        const childStyle = getComputedStyle(child);
        if (["absolute", "fixed"].includes(childStyle.position)) continue;
        const r = child.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.right > right + 1 || r.left < left - 1) {
          problems.push(describe(child) + " runs out of " + describe(el) + " (" + Math.round(r.left) + "–" + Math.round(r.right) + " outside " + Math.round(left) + "–" + Math.round(right) + ")");
        }
      }
    }

    // Controls and text blocks must not cover each other.
    const blocks = all.filter((el) => el.matches("button, input, select, textarea, label, summary, h1, h2, h3, h4, p, dt, dd, th, td"));
    const rects = blocks.map((el) => el.getBoundingClientRect());
    for (let i = 0; i < blocks.length; i++) {
      for (let j = i + 1; j < blocks.length; j++) {
        const a = blocks[i], b = blocks[j];
        if (a.contains(b) || b.contains(a)) continue;
        const x = Math.min(rects[i].right, rects[j].right) - Math.max(rects[i].left, rects[j].left);
        const y = Math.min(rects[i].bottom, rects[j].bottom) - Math.max(rects[i].top, rects[j].top);
        if (x > 2 && y > 2) problems.push(describe(a) + " overlaps " + describe(b));
      }
    }
    return problems;
  `);
}
