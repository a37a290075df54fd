import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DECLINE_REASONS, DEFAULT_DEADLINE_RULES, addDays, createCase } from "@kring/domain/cases";
import { type CaseFacts, computeFigures } from "../../src/features/steering/compute";
import { protectedGroups } from "../../src/features/steering/protect";
import { INDICATOR_GROUPS } from "../../src/features/steering/protect-groups";

// Whatever the cases, no figure that leaves the server is a count of 1-4, nor lets one be worked
// out: a share's complement (denominator - numerator) shown is never 1-4 either, and an area's
// hidden figure cannot be recovered as the municipality's minus the other areas' shown ones.
const AREAS = [
  { id: "a", name: "Norr" },
  { id: "b", name: "Söder" },
  { id: "c", name: "Väst" },
];
const day = (n: number) => addDays("2026-01-01", n);
const maybeDay = fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined });

const aCase = fc
  .record({
    area: fc.constantFrom("a", "b", "c", null),
    requested: fc.integer({ min: 0, max: 300 }),
    acute: fc.boolean(),
    declined: fc.boolean(),
    contact: maybeDay,
    plan: maybeDay,
    nm1: maybeDay,
    sdq: maybeDay,
    submitted: maybeDay,
    closed: maybeDay,
    // The outcome indicators' facts: instruments, reasons, reopening, school results.
    o: fc.record({
      child: fc.integer({ min: 0, max: 15 }),
      coordinators: maybeDay,
      reopened: maybeDay,
      reasonCode: fc.option(fc.constantFrom(...DECLINE_REASONS), { nil: undefined }),
      measures: fc.array(
        fc.record({
          instrument: fc.constantFrom("sdq" as const, "ors" as const, "srs" as const),
          informant: fc.constantFrom("parent" as const, "self" as const),
          on: fc.integer({ min: 0, max: 400 }),
          total: fc.integer({ min: 0, max: 40 }),
        }),
        { maxLength: 4 },
      ),
      year9: fc.option(fc.boolean(), { nil: null }),
      year3: fc.option(fc.boolean(), { nil: null }),
    }),
    actions: fc.array(
      fc.record({
        kind: fc.constantFrom("application", "report_of_concern"),
        on: fc.integer({ min: 0, max: 400 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map((c): CaseFacts => {
    const after = (n: number | undefined) => (n === undefined ? undefined : day(c.requested + n));
    const base = createCase({ requestedOn: day(c.requested), acute: c.acute });
    const closedOn = after(c.closed);
    return {
      areaId: c.area,
      submittedOn: after(c.submitted) ?? null,
      firstSdqOn: after(c.sdq) ?? null,
      state: {
        ...base,
        stage: c.declined ? "declined" : closedOn ? "closed" : "interventions",
        ...(after(c.contact) ? { firstContactOn: after(c.contact)! } : {}),
        ...(after(c.plan) ? { planAgreedOn: after(c.plan)! } : {}),
        meetings: c.nm1 === undefined ? [] : [{ kind: "network_meeting_1", heldOn: after(c.nm1)! }],
        authorityActions: c.actions.map((a) => ({
          kind: a.kind,
          note: "",
          on: day(a.on),
          stage: "interventions",
          closedCase: false,
        })),
        ...(closedOn && !c.declined ? { closure: { reason: "goals_met", on: closedOn } } : {}),
        ...(c.declined
          ? {
              declined: {
                otherAction: "",
                reason: "",
                on: day(c.requested + 1),
                ...(c.o.reasonCode ? { reasonCode: c.o.reasonCode } : {}),
              },
            }
          : {}),
      },
      outcomes: {
        childId: `child-${c.o.child}`,
        coordinatorsOn: after(c.o.coordinators) ?? null,
        endedOn: c.o.reopened === undefined ? [] : [after(c.o.reopened)!],
        reopenedOn: c.o.reopened === undefined ? [] : [after(c.o.reopened + 20)!],
        measures: c.o.measures
          .map((m) => ({ ...m, on: day(m.on), abnormal: m.total >= 17 }))
          .sort((a, b) => a.on.localeCompare(b.on)),
        year9: c.o.year9 === null ? [] : [{ term: "VT2026", allPassed: c.o.year9 }],
        year3: c.o.year3 === null ? [] : [{ term: "VT2026", allMet: c.o.year3 }],
      },
    };
  });

const small = (n: number | null) => n !== null && n >= 1 && n <= 4;

describe("steering figures never show a small count", () => {
  it("holds for any set of cases and period", () => {
    fc.assert(
      fc.property(
        fc.array(aCase, { maxLength: 40 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        (cases, a, b) => {
          const period = { from: day(Math.min(a, b)), to: day(Math.max(a, b)) };
          const figures = computeFigures(cases, period, day(420), DEFAULT_DEADLINE_RULES);
          const groups = protectedGroups(figures, AREAS);
          const byId = new Map<string, (typeof groups)[number]["indicators"][number][]>();
          for (const g of groups)
            for (const f of g.indicators) {
              expect(small(f.numerator), `${g.area} ${f.id} numerator ${f.numerator}`).toBe(false);
              expect(small(f.denominator), `${g.area} ${f.id} denominator`).toBe(false);
              if (f.suppressed)
                expect([f.numerator, f.denominator, f.value]).toEqual([null, null, null]);
              if (
                f.numerator !== null &&
                f.denominator !== null &&
                !f.id.startsWith("applications")
              )
                expect(small(f.denominator - f.numerator), `${g.area} ${f.id} complement`).toBe(
                  false,
                );
              byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
            }
          // Members of a group (stages, decline reasons) split one whole: the hidden ones together,
          // the whole minus the shown ones, are never 1-4 either.
          for (const ids of INDICATOR_GROUPS)
            for (const g of groups) {
              const members = g.indicators.filter((f) => ids.includes(f.id));
              const whole = members.find((f) => f.denominator !== null)?.denominator;
              if (whole === undefined) continue;
              const shownSum = members.reduce((a, f) => a + (f.numerator ?? 0), 0);
              expect(small(whole! - shownSum), `${g.area} ${ids[0]} hidden together`).toBe(false);
            }
          // An area's hidden denominator is not the municipality's minus the other areas' (when
          // every case lies in an area, the only way left to work it out).
          if (cases.every((c) => c.areaId !== null))
            for (const [, [total, ...areas]] of byId) {
              const hidden = areas.filter((f) => f.denominator === null);
              if (hidden.length === 1) expect(total!.denominator).toBeNull();
            }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("indicators that split one whole (stages, decline reasons, attendance steps)", () => {
  it.each(INDICATOR_GROUPS.map((ids) => [ids[0]!, ids] as const))(
    "never let a hidden member of %s's group, nor the hidden ones together, be worked out as 1-4",
    (_, ids) => {
      const rowKeys = ["a", "b", "c", ""];
      fc.assert(
        fc.property(
          fc.array(
            fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.nat(15)), {
              minLength: ids.length,
              maxLength: ids.length,
            }),
            { minLength: 4, maxLength: 4 },
          ),
          (table) => {
            const figures = new Map(
              rowKeys.map((k, r) => {
                const whole = table[r]!.reduce((a, b) => a + b, 0);
                return [
                  k,
                  new Map(
                    ids.map((id, j) => [
                      id,
                      { numerator: table[r]![j]!, denominator: whole, days: [] as number[] },
                    ]),
                  ),
                ];
              }),
            );
            for (const g of protectedGroups(figures, AREAS)) {
              const members = g.indicators.filter((f) => ids.includes(f.id));
              for (const f of members) {
                expect(small(f.numerator), `${g.area} ${f.id}`).toBe(false);
                if (f.numerator !== null && f.denominator !== null)
                  expect(small(f.denominator - f.numerator), `${g.area} ${f.id} complement`).toBe(
                    false,
                  );
              }
              const whole = members.find((f) => f.denominator !== null)?.denominator;
              if (whole === undefined || whole === null) continue;
              const shownSum = members.reduce((a, f) => a + (f.numerator ?? 0), 0);
              expect(small(whole - shownSum), `${g.area} hidden together`).toBe(false);
            }
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
