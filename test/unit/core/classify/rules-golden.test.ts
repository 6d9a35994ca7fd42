/**
 * The golden tests written beside each rule in rules/params/*.yaml (just below, exactly at and
 * just above every threshold), run against the rule's own three-valued value.
 */
import { load } from "./load";

const { params, classifier } = load();

describe.each(params.rules.map((r) => [r.id, r] as const))("rule %s", (_id, rule) => {
  test.each(rule.tests.map((t) => [t.spec, t] as const))("%s", (_spec, t) => {
    const r = classifier.evaluateRule(rule.id, t.spec);
    expect({ spec: t.spec, value: r.value }).toEqual({ spec: t.spec, value: t.expect });
    if (t.missing) expect(r.missing).toEqual(expect.arrayContaining(t.missing));
  });
});
