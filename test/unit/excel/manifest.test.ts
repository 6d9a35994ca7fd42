/** scripts/check-manifest.ts on the source manifest.xml, and on broken copies of it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest } from "../../../scripts/check-manifest";

const root = join(__dirname, "../../..");
let xml: string;
const check = (text: string) => checkManifest(text, { assetsDir: join(root, "assets"), requireBuiltFiles: false }).problems;

beforeAll(() => {
  xml = readFileSync(join(root, "manifest.xml"), "utf8");
});

test("the source manifest passes every offline check", () => {
  const report = checkManifest(xml, { assetsDir: join(root, "assets"), requireBuiltFiles: false });
  expect(report.problems).toEqual([]);
  expect(report.facts.namespace).toBe("ANPO");
  expect(report.facts.runtime).toBe("Taskpane.Url");
  expect(report.facts.metadata).toContain("functions.ja-JP.json");
});

test("the shared runtime is required, long-lived and used by the functions, the command and the button", () => {
  expect(check(xml.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""))).toEqual([expect.stringContaining("SharedRuntime")]);
  expect(check(xml.replace('lifetime="long"', 'lifetime="short"'))).toEqual([expect.stringContaining("lifetime is short")]);
  const otherPage = xml.replace('<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>');
  expect(otherPage).not.toBe(xml);
  expect(check(otherPage)).toEqual([expect.stringContaining("custom functions Page uses GetStarted.LearnMoreUrl")]);
  expect(check(xml.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'))).toEqual([expect.stringContaining("FunctionFile")]);
});

test("the namespace must be ANPO and the metadata must have its ja-JP override", () => {
  expect(check(xml.replace('DefaultValue="ANPO"', 'DefaultValue="CONTOSO"'))).toEqual([expect.stringContaining("expected ANPO")]);
  expect(check(xml.replace(/<bt:Override Locale="ja-JP" Value="https:\/\/localhost:3000\/functions\.ja-JP\.json"\/>/, ""))).toEqual([expect.stringContaining("ja-JP")]);
});

test("a plain-http URL and a missing icon are both reported", () => {
  const problems = check(xml.replace("https://localhost:3000/assets/icon-80.png", "http://localhost:3000/assets/icon-81.png"));
  expect(problems).toEqual([expect.stringContaining("not https"), expect.stringContaining("icon-81.png does not exist")]);
});

test("an undefined resid and malformed XML are reported, not thrown", () => {
  expect(check(xml.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Label"/><Icon><bt:Image size="16" resid="Nope"/></Icon>'))).toContainEqual(expect.stringContaining("resid Nope"));
  expect(check(xml.replace("</OfficeApp>", ""))).toEqual([expect.stringContaining("not well-formed XML")]);
});

test("with requireBuiltFiles, URLs must point at files in dist", () => {
  const problems = checkManifest(xml, { assetsDir: join(root, "assets"), distDir: join(root, "test", "no-such-dist"), requireBuiltFiles: true }).problems;
  expect(problems).toEqual(expect.arrayContaining([expect.stringContaining("functions.json does not exist"), expect.stringContaining("functions.ja-JP.json does not exist"), expect.stringContaining("taskpane.html does not exist")]));
});
