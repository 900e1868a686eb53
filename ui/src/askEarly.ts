// Imported first by main.ts, so that this runs before the other modules are evaluated.
import { askEarly } from "./lib/firstScreen";

askEarly();
