import { localeFromDisplayLanguage } from "../core/messages";
import { officeHost } from "../excel";
import { detectHost, displayLanguage, officeReady, officeThemeColors } from "../excel/host";
import { BUILT_IN_CATALOGS } from "../plans";
import { mountPane } from "./mount";
import { paneTheme } from "./theme";

async function start(): Promise<void> {
  // Office.onReady must be awaited before Office.context (display language, host) can be read.
  await officeReady();
  const container = document.getElementById("root");
  if (container === null) throw new Error("taskpane.html lacks its #root element");
  mountPane(container, {
    locale: localeFromDisplayLanguage(displayLanguage()),
    host: detectHost() === "excel" ? officeHost() : null,
    plans: BUILT_IN_CATALOGS,
    theme: paneTheme(officeThemeColors()),
  });
}

start().catch((error: unknown) => {
  // Nothing else can show the failure if React never mounted; text only, never HTML from an error message.
  const message = error instanceof Error ? error.message : String(error);
  document.body.textContent = `规划指标监测无法启动：${message}（请关闭任务窗格后重新打开。）Plan Monitor could not start: ${message} (close and reopen the task pane).`;
});
