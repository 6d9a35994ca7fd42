/* global Office */
/**
 * Ribbon commands. The Home-tab button opens the task pane declaratively (ShowTaskpane in
 * manifest.xml); this entry registers `showTaskpane` for hosts that run commands as functions and
 * waits for Office before doing so. In the browser harness there is no Office.actions: nothing to do.
 */

async function showTaskpane(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event?.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions?.associate("showTaskpane", showTaskpane);
  });
}
