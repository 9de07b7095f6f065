/**
 * The ribbon's function file. The Home-tab button opens the task pane declaratively (ShowTaskpane in the manifest),
 * so there is no command function yet; Office still requires the page and `Office.onReady` before it treats the
 * add-in as loaded.
 */
export async function initialiseCommands(office: typeof Office | undefined): Promise<void> {
  if (office === undefined) return;
  await office.onReady();
}

void initialiseCommands(typeof Office === "undefined" ? undefined : Office);
