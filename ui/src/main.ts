// First: the first screen is asked for while everything else loads.
import "./askEarly";
import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";
import { mark } from "./lib/startupTrace";

// Imports are evaluated first: this is when every module of the bundle has run.
mark("modules evaluated");

const target = document.getElementById("app");
if (!target) throw new Error("#app is missing from index.html");
export default mount(App, { target });
