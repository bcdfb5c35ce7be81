import { render } from "solid-js/web";
import { App } from "./App";
import { startSession } from "./lib/auth";
import "./styles.css";

void startSession();
render(() => <App />, document.getElementById("app")!);
