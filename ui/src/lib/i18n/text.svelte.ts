// The words on screen, in the language the user chose. Components read `text.key`;
// switching the language swaps the whole catalogue at once, and because `text` is
// reactive state every screen re-renders in the new language without a reload.
import type { Lang } from "../bindings";
import { en } from "./en";
import { ja, type Catalogue } from "./ja";

const catalogues: Record<Lang, Catalogue> = { ja, en };

export const text: Catalogue = $state({ ...ja });

/** Shows every screen in `lang` (and tells assistive technology via `<html lang>`). */
export function setLanguage(lang: Lang) {
  Object.assign(text, catalogues[lang]);
  document.documentElement.lang = lang;
}
