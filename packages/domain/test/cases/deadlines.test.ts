import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_DEADLINE_RULES,
  addDays,
  computeDeadlines,
  createCase,
  deadlineFactsOf,
  type CaseDeadlineFacts,
  type Deadline,
  type DeadlineKind,
} from "../../src/cases";
import { HAPPY_PATH, apply } from "./fixtures";

const R = DEFAULT_DEADLINE_RULES;
const open = (facts: Partial<CaseDeadlineFacts> = {}): CaseDeadlineFacts => ({
  stage: "interventions",
  acute: false,
  requestedAt: "2026-03-02",
  ...facts,
});
const find = (list: Deadline[], kind: DeadlineKind) => list.find((d) => d.kind === kind);

describe("first contact", () => {
  it("acute: the same day, due soon that day, overdue the next", () => {
    const facts = open({ stage: "request", acute: true });
    expect(find(computeDeadlines(facts, R, "2026-03-02"), "first_contact")).toEqual({
      kind: "first_contact",
      dueDate: "2026-03-02",
      status: "due_soon",
    });
    expect(find(computeDeadlines(facts, R, "2026-03-03"), "first_contact")?.status).toBe("overdue");
  });

  it("normal: within 7 days; upcoming, due soon in the last 3 days, overdue after", () => {
    const facts = open({ stage: "assessment" });
    const status = (today: string) => find(computeDeadlines(facts, R, today), "first_contact");
    expect(status("2026-03-02")).toMatchObject({ dueDate: "2026-03-09", status: "upcoming" });
    expect(status("2026-03-05")?.status).toBe("upcoming");
    expect(status("2026-03-06")?.status).toBe("due_soon");
    expect(status("2026-03-09")?.status).toBe("due_soon");
    expect(status("2026-03-10")?.status).toBe("overdue");
  });

  it("done on time or late", () => {
    const onTime = computeDeadlines(open({ firstContactAt: "2026-03-09" }), R, "2026-04-01");
    expect(find(onTime, "first_contact")).toMatchObject({
      status: "done",
      doneAt: "2026-03-09",
      late: false,
    });
    const late = computeDeadlines(open({ firstContactAt: "2026-03-10" }), R, "2026-04-01");
    expect(find(late, "first_contact")).toMatchObject({ status: "done", late: true });
  });

  it("the due-soon window is configurable", () => {
    const facts = open({ stage: "assessment" });
    expect(
      find(computeDeadlines(facts, R, "2026-03-06", { dueSoonDays: 0 }), "first_contact")?.status,
    ).toBe("upcoming");
    expect(
      find(computeDeadlines(facts, R, "2026-03-09", { dueSoonDays: 0 }), "first_contact")?.status,
    ).toBe("due_soon");
    expect(
      find(computeDeadlines(facts, R, "2026-03-02", { dueSoonDays: 7 }), "first_contact")?.status,
    ).toBe("due_soon");
  });
});

describe("plan, EHT review, evaluation", () => {
  it("the plan is due 30 days after the request", () => {
    const d = find(
      computeDeadlines(open({ requestedAt: "2026-01-15", stage: "pre_meeting" }), R, "2026-01-20"),
      "plan",
    );
    expect(d).toEqual({ kind: "plan", dueDate: "2026-02-14", status: "upcoming" });
    const done = computeDeadlines(
      open({ requestedAt: "2026-01-15", planAgreedAt: "2026-02-16" }),
      R,
      "2026-02-20",
    );
    expect(find(done, "plan")).toMatchObject({ status: "done", late: true });
  });

  it("no EHT review or evaluation before a plan", () => {
    const kinds = computeDeadlines(open({ stage: "network_meeting_2" }), R, "2026-03-05").map(
      (d) => d.kind,
    );
    expect(kinds).toEqual(["first_contact", "plan", "follow_up_end"]);
  });

  it("EHT review: within 1-2 months (30-60 days) of the plan", () => {
    const facts = open({ planAgreedAt: "2026-02-10" });
    expect(find(computeDeadlines(facts, R, "2026-02-11"), "eht_review")).toEqual({
      kind: "eht_review",
      dueDate: "2026-04-11",
      earliestDate: "2026-03-12",
      status: "upcoming",
    });
    expect(find(computeDeadlines(facts, R, "2026-04-12"), "eht_review")?.status).toBe("overdue");
    const reviewed = computeDeadlines({ ...facts, ehtReviewedAt: "2026-03-20" }, R, "2026-04-12");
    expect(find(reviewed, "eht_review")).toMatchObject({
      status: "done",
      doneAt: "2026-03-20",
      late: false,
    });
    const stale = computeDeadlines({ ...facts, ehtReviewedAt: "2026-02-01" }, R, "2026-04-12");
    expect(find(stale, "eht_review")?.status).toBe("overdue");
  });

  it("evaluation 6 months after the plan, with month-end arithmetic", () => {
    expect(
      find(
        computeDeadlines(
          open({ requestedAt: "2025-08-01", planAgreedAt: "2025-08-31" }),
          R,
          "2025-09-01",
        ),
        "evaluation",
      )?.dueDate,
    ).toBe("2026-02-28");
    expect(
      find(
        computeDeadlines(
          open({ requestedAt: "2027-08-01", planAgreedAt: "2027-08-31" }),
          R,
          "2027-09-01",
        ),
        "evaluation",
      )?.dueDate,
    ).toBe("2028-02-29");
  });

  it("evaluation recurs from the last evaluation", () => {
    const facts = open({
      requestedAt: "2025-08-01",
      planAgreedAt: "2025-08-31",
      lastEvaluationAt: "2026-02-28",
    });
    const d = find(computeDeadlines(facts, R, "2026-08-27"), "evaluation");
    expect(d).toEqual({ kind: "evaluation", dueDate: "2026-08-28", status: "due_soon" });
    expect(find(computeDeadlines(facts, R, "2026-08-29"), "evaluation")?.status).toBe("overdue");
  });

  it("uses the tenant's own numbers", () => {
    const rules = {
      ...R,
      firstContactDays: 3,
      planWithinDays: 14,
      evaluationEveryMonths: 3,
      followUpYears: null,
    };
    const list = computeDeadlines(open({ planAgreedAt: "2026-03-10" }), rules, "2026-03-03");
    expect(list.map((d) => [d.kind, d.dueDate])).toEqual([
      ["first_contact", "2026-03-05"],
      ["plan", "2026-03-16"],
      ["eht_review", "2026-05-09"],
      ["evaluation", "2026-06-10"],
    ]);
  });
});

describe("follow-up end, declined and closed cases", () => {
  it("HUB minimum follow-up: two years from the request, done once passed", () => {
    const facts = open({ requestedAt: "2024-02-29" });
    expect(find(computeDeadlines(facts, R, "2026-02-01"), "follow_up_end")).toEqual({
      kind: "follow_up_end",
      dueDate: "2026-02-28",
      status: "upcoming",
    });
    expect(find(computeDeadlines(facts, R, "2026-02-28"), "follow_up_end")).toMatchObject({
      status: "done",
      doneAt: "2026-02-28",
    });
  });

  it("a declined request has no deadlines", () => {
    expect(computeDeadlines(open({ stage: "declined" }), R, "2026-05-01")).toEqual([]);
  });

  it("a closed case is judged on its closing date: missed stays overdue, not yet due is dropped", () => {
    const facts = open({ stage: "closed", closedAt: "2026-03-20", firstContactAt: "2026-03-04" });
    const list = computeDeadlines(facts, R, "2027-01-01");
    expect(list).toEqual([
      {
        kind: "first_contact",
        dueDate: "2026-03-09",
        doneAt: "2026-03-04",
        late: false,
        status: "done",
      },
    ]);
    const missed = computeDeadlines(
      open({ stage: "closed", closedAt: "2026-03-20" }),
      R,
      "2027-01-01",
    );
    expect(missed.map((d) => [d.kind, d.status])).toEqual([["first_contact", "overdue"]]);
    expect(() => computeDeadlines(open({ stage: "closed" }), R, "2026-03-20")).toThrow(RangeError);
  });

  it("reads its facts from a case state", () => {
    const state = apply(HAPPY_PATH.slice(0, 10), true);
    expect(deadlineFactsOf(state)).toEqual({
      stage: "interventions",
      acute: true,
      requestedAt: "2026-03-02",
      firstContactAt: "2026-03-10",
      planAgreedAt: "2026-03-10",
    });
    expect(deadlineFactsOf(createCase({ requestedOn: "2026-01-01", acute: false }))).toEqual({
      stage: "request",
      acute: false,
      requestedAt: "2026-01-01",
    });
    const closed = apply(HAPPY_PATH);
    expect(deadlineFactsOf(closed)).toMatchObject({
      closedAt: "2026-03-10",
      lastEvaluationAt: "2026-03-10",
    });
  });
});

describe("deadline properties", () => {
  const day = fc.integer({ min: 0, max: 2000 });
  it("an open deadline is overdue exactly when its due date has passed", () => {
    fc.assert(
      fc.property(
        day,
        day,
        fc.boolean(),
        fc.option(day, { nil: undefined }),
        (todayOffset, planOffset, acute, contact) => {
          const requestedAt = "2025-01-01";
          const facts = open({
            requestedAt,
            acute,
            planAgreedAt: addDays(requestedAt, planOffset % 90),
            ...(contact === undefined
              ? {}
              : { firstContactAt: addDays(requestedAt, contact % 20) }),
          });
          const today = addDays(requestedAt, todayOffset);
          for (const d of computeDeadlines(facts, R, today)) {
            if (d.status === "done") expect(d.doneAt).toBeDefined();
            else expect(d.status === "overdue").toBe(d.dueDate < today);
            if (d.status === "due_soon")
              expect(d.dueDate >= today && d.dueDate <= addDays(today, 3)).toBe(true);
          }
        },
      ),
    );
  });
});
