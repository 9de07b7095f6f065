import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { localeFromDisplayLanguage } from "../core/messages";
import { detectHost, displayLanguage, officeReady } from "../excel/host";
import { BUILT_IN_CATALOGS } from "../plans";
import { App } from "./App";
import { planMonitorTheme } from "./theme";

async function start(): Promise<void> {
  // Office.onReady must be awaited before Office.context (display language, host) can be read.
  await officeReady();
  const container = document.getElementById("root");
  if (container === null) throw new Error("taskpane.html lacks its #root element");
  const locale = localeFromDisplayLanguage(displayLanguage());
  document.documentElement.lang = locale;
  createRoot(container).render(
    <FluentProvider theme={planMonitorTheme}>
      <App locale={locale} host={detectHost()} plans={BUILT_IN_CATALOGS} />
    </FluentProvider>,
  );
}

start().catch((error: unknown) => {
  // Nothing else can show the failure if React never mounted; text only, never HTML from an error message.
  const message = error instanceof Error ? error.message : String(error);
  document.body.textContent = `规划指标监测无法启动：${message}（请关闭任务窗格后重新打开。）Plan Monitor could not start: ${message} (close and reopen the task pane).`;
});
