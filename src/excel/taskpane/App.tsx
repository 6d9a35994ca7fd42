import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { TaskpaneActions } from "./actions";
import { I18nContext, translator, type Language } from "./i18n";
import AuditTab from "./components/AuditTab";
import Header from "./components/Header";
import ListsTab from "./components/ListsTab";
import RecheckTab from "./components/RecheckTab";
import ReviewTab from "./components/ReviewTab";
import ScreenTab from "./components/ScreenTab";

export interface AppProps {
  actions: TaskpaneActions;
  language?: Language;
}

type TabId = "screen" | "review" | "recheck" | "lists" | "audit";
/** Tab order follows the user's jobs: screen, review what it found, re-check later, data, audit. */
const TABS: TabId[] = ["screen", "review", "recheck", "lists", "audit"];

const useStyles = makeStyles({
  body: { padding: tokens.spacingHorizontalM },
});

/**
 * The task pane. Every tab stays mounted (hidden when not selected) so a running screening, a
 * half-typed review reason or an import preview survive switching tabs.
 */
export default function App({ actions, language = "ja" }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Language>(language);
  const [tab, setTab] = React.useState<TabId>("screen");
  const [runId, setRunId] = React.useState(0);
  const [user, setUser] = React.useState(actions.getUser());
  const i18n = React.useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const t = i18n.t;
  const panel = (id: TabId, node: React.ReactNode) => (
    <div role="tabpanel" hidden={tab !== id} data-testid={`panel-${id}`}>
      {node}
    </div>
  );
  return (
    <I18nContext.Provider value={i18n}>
      <Header onToggleLanguage={() => setLang(lang === "ja" ? "en" : "ja")} />
      <TabList selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as TabId)} size="small">
        {TABS.map((id) => (
          <Tab key={id} value={id} data-testid={`tab-${id}`}>
            {t(`tab.${id}`)}
          </Tab>
        ))}
      </TabList>
      <main className={styles.body}>
        {panel("screen", <ScreenTab actions={actions} onRun={() => setRunId((n) => n + 1)} />)}
        {panel("review", <ReviewTab actions={actions} runId={runId} reviewer={user} />)}
        {panel("recheck", <RecheckTab actions={actions} />)}
        {panel("lists", <ListsTab actions={actions} />)}
        {panel("audit", <AuditTab actions={actions} onUserChange={setUser} />)}
      </main>
    </I18nContext.Provider>
  );
}
