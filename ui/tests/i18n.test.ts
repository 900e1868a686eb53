// The catalogues stay in step: the same keys in both languages, every key used by
// some screen, and English that a reader without Japanese can follow.
import { describe, expect, it } from "vitest";
import { en } from "../src/lib/i18n/en";
import { ja } from "../src/lib/i18n/ja";

type Entry = string | ((...args: never[]) => string) | { [key: string]: Entry };

/** Every key path of a catalogue, e.g. `relations.self`. */
function keyPaths(catalogue: Record<string, Entry>, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === "object" ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** The screens' source text, without the catalogues themselves. */
const screenSources = Object.entries(
  import.meta.glob<string>("../src/**/*.{svelte,ts}", { query: "?raw", import: "default", eager: true }),
)
  .filter(([path]) => !path.includes("/i18n/"))
  .map(([, source]) => source)
  .join("\n");

/** Strings and the results of functions (called with sample arguments). */
function renderedTexts(catalogue: Record<string, Entry>): [string, string][] {
  const sample = { membersAdded: 1, membersReplaced: 2, membersUnchanged: 3, membersRemoved: 0 };
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] => {
    if (typeof value === "string") return [[key, value]];
    if (typeof value === "function") {
      const fn = value as (...args: unknown[]) => string;
      const argument = key === "importSummary" ? sample : key === "encryptionChanged" ? true : "X";
      return [[key, String(fn(argument, "X"))]];
    }
    return renderedTexts(value).map(([inner, text]): [string, string] => [`${key}.${inner}`, text]);
  });
}

const japanese = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

describe("UI catalogues", () => {
  it("have exactly the same keys in Japanese and English", () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(ja).sort());
  });

  it("have no key that no screen uses", () => {
    expect(screenSources).toContain("text.appTitle");
    const unused = Object.keys(ja).filter((key) => !new RegExp(`\\btext\\.${key}\\b`).test(screenSources));
    expect(unused).toEqual([]);
  });

  it("have no empty text", () => {
    for (const catalogue of [ja, en]) {
      for (const [key, text] of renderedTexts(catalogue)) expect(text.trim(), key).not.toBe("");
    }
  });

  it("write English in English: Japanese only for the official term in brackets or an example", () => {
    for (const [key, text] of renderedTexts(en)) {
      const outsideTermsAndExamples = text
        .replace(/\([^)]*\)/g, "")
        .replace(/“[^”]*”/g, "")
        .replace(/e\.g\. [^(]*?(?=\(|\. |$)/g, "");
      expect(outsideTermsAndExamples, key).not.toMatch(japanese);
    }
  });

  it("write Japanese in Japanese", () => {
    for (const [key, text] of renderedTexts(ja)) expect(text, key).toMatch(japanese);
  });
});
