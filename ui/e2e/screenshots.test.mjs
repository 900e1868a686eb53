// End to end: each main screen of a realistic household at text size 100 % and 200 %,
// light and dark, checked for text that runs out of its box or overlaps other text.
// The images go to $HOKEN_TECHO_SCREENSHOTS, and with HOKEN_TECHO_DOC_IMAGES=1 also to
// docs/images/{screen}-{lang}-{zoom}-{theme}.png (the ones the README shows).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { layoutProblems, press } from "./a11y.mjs";
import {
  By,
  Key,
  chooseLanguage,
  findByText,
  languages,
  launchApp,
  quitApp,
  screenshot,
  setTextSize,
  until,
  useFreshHousehold,
  useTheme,
} from "./driver.mjs";

const cli = process.env.HOKEN_TECHO_CLI ?? "hoken-techo";
// A config folder of its own: the window opens at its default size (960×720), not at a
// size another run left in the shared window state, so the images are comparable.
const db = useFreshHousehold("2026-11-25", { XDG_CONFIG_HOME: mkdtempSync(path.join(tmpdir(), "hoken-techo-shots-config-")) });
const docImages = process.env.HOKEN_TECHO_DOC_IMAGES === "1" ? fileURLToPath(new URL("../../docs/images/", import.meta.url)) : null;

/** @param {string[]} args */
function run(args) {
  execFileSync(cli, ["--db", db, "--today", "2026-11-25", ...args]);
}

/** @typedef {import("selenium-webdriver").WebDriver} Session */

/** The words the screens are reached by, in each language. */
const words = {
  ja: { household: "家族", addMember: "家族を追加", addQualification: "資格情報を登録", reminders: "リマインダー", settings: "設定", backups: "バックアップ", help: "ヘルプ", rules: "保険手帳が使うきまり", guide: "「はじめに」をもう一度見る", next: "次へ", skip: "スキップ" },
  en: { household: "Family", addMember: "Add a family member", addQualification: "Add qualification", reminders: "Reminders", settings: "Settings", backups: "Backups", help: "Help", rules: "The rules hoken-techo uses", guide: "Show “Getting started” again", next: "Next", skip: "Skip" },
};

/**
 * The main screens: how to reach each from the household screen with nothing open.
 * A screen that opens a dialog closes it with Escape afterwards; one that replaces
 * the screen (the guide) is left with `close`.
 * @type {{ name: string, dialog: boolean, open: (app: Session, w: typeof words.ja) => Promise<void>, close?: (app: Session, w: typeof words.ja) => Promise<void> }[]}
 */
const screens = [
  {
    name: "household",
    dialog: false,
    open: async (app) => {
      await findByText(app, "h3", "山田 一郎");
    },
  },
  {
    // A member's card further down: today's answers, the documents, the qualification.
    name: "member-card",
    dialog: false,
    open: async (app) => {
      const card = await findByText(app, "article", "山田 花子");
      await app.executeScript("arguments[0].scrollIntoView({ block: 'start' });", card);
    },
  },
  {
    name: "member-form",
    dialog: true,
    open: async (app, w) => {
      await (await findByText(app, "button", w.addMember)).click();
    },
  },
  {
    name: "qualification-form",
    dialog: true,
    open: async (app, w) => {
      const card = await findByText(app, "article", "山田 花子");
      await (await card.findElement(By.xpath(`.//button[contains(., '${w.addQualification}')]`))).click();
    },
  },
  {
    name: "reminders",
    dialog: false,
    open: async (app, w) => {
      await (await findByText(app, "button", w.reminders)).click();
      await app.wait(until.elementLocated(By.css("article.reminder")), 10_000);
    },
  },
  {
    name: "settings",
    dialog: false,
    open: async (app, w) => {
      await (await findByText(app, "button", w.settings)).click();
      await findByText(app, "h3", w.backups);
    },
  },
  {
    name: "help",
    dialog: false,
    open: async (app, w) => {
      await (await findByText(app, "button", w.help)).click();
      await findByText(app, "h3", w.rules);
    },
  },
  {
    // The first-run guide, reopened from the help screen (it opens by itself only on
    // an empty database), on its second step: the drawn notice.
    name: "first-run-guide",
    dialog: false,
    open: async (app, w) => {
      await (await findByText(app, "button", w.help)).click();
      await (await findByText(app, "button", w.guide)).click();
      await (await findByText(app, "button", w.next)).click();
      await app.wait(until.elementLocated(By.css("svg[role=img]")), 10_000);
    },
    close: async (app, w) => {
      await (await findByText(app, "button", w.skip)).click();
    },
  },
];

test("a realistic household is set up with the command line", () => {
  run(["member", "add", "--name", "山田 太郎", "--kana", "ヤマダ タロウ", "--birth", "1980-01-02", "--relation", "本人"]);
  run(["member", "add", "--name", "山田 花子", "--kana", "ヤマダ ハナコ", "--birth", "1982-05-20", "--relation", "配偶者"]);
  run(["member", "add", "--name", "山田 さくら", "--kana", "ヤマダ サクラ", "--birth", "2015-08-10", "--relation", "子"]);
  run(["member", "add", "--name", "山田 一郎", "--kana", "ヤマダ イチロウ", "--birth", "1952-03-15", "--relation", "父母"]);
  const kyokai = ["--insurer", "01130012", "--insurer-name", "全国健康保険協会 東京支部", "--symbol", "12345678", "--number", "12", "--acquired", "2015-04-01", "--burden", "3"];
  run(["qualification", "add", "--member", "1", ...kyokai, "--branch", "00"]);
  run(["qualification", "add", "--member", "2", ...kyokai, "--branch", "01", "--role", "dependant"]);
  run(["qualification", "add", "--member", "3", ...kyokai, "--branch", "02", "--role", "dependant"]);
  run(["qualification", "add", "--member", "4", "--insurer", "138016", "--insurer-name", "世田谷区", "--symbol", "世田谷", "--number", "3456789", "--acquired", "2017-04-01", "--burden", "2"]);
  run(["document", "set", "--member", "1", "--kind", "card", "--issued", "2021-10-01"]);
  run(["document", "set", "--member", "1", "--kind", "registration", "--status", "done"]);
  run(["document", "set", "--member", "2", "--kind", "ecert-auth", "--expires", "2026-11-30"]);
  run(["document", "set", "--member", "2", "--kind", "registration", "--status", "done"]);
  run(["document", "set", "--member", "3", "--kind", "kakuninsho", "--expires", "2029-11-30"]);
  run(["document", "set", "--member", "4", "--kind", "koureisha", "--expires", "2027-07-31"]);
  run(["document", "set", "--member", "4", "--kind", "card", "--issued", "2020-02-10"]);
});

/**
 * Waits for a dialog. Focus returning from the previous dialog can scroll the page just
 * as WebDriver clicks, so the click may land beside its button: then it is clicked again.
 * @param {Session} app
 * @param {() => Promise<void>} open
 */
async function waitForDialog(app, open) {
  const dialog = By.css("[role=dialog]");
  try {
    await app.wait(until.elementLocated(dialog), 3_000);
  } catch {
    await open();
    await app.wait(until.elementLocated(dialog), 10_000);
  }
}

/**
 * The layout check finds what it looks for: text wider than its box, and two buttons
 * on top of each other (planted, then removed).
 * @param {Session} app
 */
async function checkTheChecker(app) {
  await app.executeScript(`
    document.querySelector("main").insertAdjacentHTML("beforeend",
      '<div id="planted"><p style="width: 4rem; white-space: nowrap">はみ出す長い長い文字列</p>' +
      '<button type="button">一</button><button type="button" style="margin-left: -1.5rem">二</button></div>');
  `);
  const found = (await layoutProblems(app)).join("\n");
  await app.executeScript("document.getElementById('planted').remove();");
  assert.match(found, /text runs out of p "はみ出す長い長い文字列"/);
  assert.match(found, /button "一" overlaps button "二"/);
}

for (const theme of /** @type {const} */ (["light", "dark"])) {
  test(`the main screens hold at text size 100 % and 200 % (${theme})`, async () => {
    await useTheme(theme);
    const app = await launchApp();
    /** @type {string[]} */
    const problems = [];
    try {
      await findByText(app, "h3", "山田 一郎");
      if (theme === "light") await checkTheChecker(app);
      for (const lang of languages) {
        await chooseLanguage(app, lang);
        for (const zoom of [100, 200]) {
          await setTextSize(app, zoom);
          for (const screen of screens) {
            // Every screen starts from the top of the household screen.
            const w = words[lang];
            await (await findByText(app, "button", w.household)).click();
            await app.executeScript("window.scrollTo(0, 0);");
            await findByText(app, "h3", "山田 一郎");
            await screen.open(app, w);
            if (screen.dialog) await waitForDialog(app, () => screen.open(app, w));
            const name = `${screen.name}-${lang}-${zoom}-${theme}`;
            for (const problem of await layoutProblems(app)) problems.push(`${name}: ${problem}`);
            const file = await screenshot(app, name);
            if (zoom === 100 && screen.name === "household") {
              const size = await app.executeScript("return [window.innerWidth, window.innerHeight];");
              assert.deepEqual(size, [960, 720], "the window has its default size");
            }
            if (docImages) {
              mkdirSync(docImages, { recursive: true });
              copyFileSync(file, path.join(docImages, `${name}.png`));
            }
            await screen.close?.(app, w);
            if (screen.dialog) {
              await press(app, Key.ESCAPE);
              await app.wait(async () => (await app.findElements(By.css("[role=dialog]"))).length === 0, 10_000);
            }
          }
        }
      }
    } finally {
      await quitApp(app);
    }
    assert.deepEqual(problems, [], `clipped or overlapping text:\n${problems.join("\n")}`);
  });
}
