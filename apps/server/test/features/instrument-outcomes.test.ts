import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sdqReliableChange, scoreSdq } from "@kring/domain/instruments";
import {
  fhirFindings,
  schemaErrors,
  structureErrors,
  warmUpValidators,
} from "../support/fhir-validators";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";
import {
  type InstrumentWorld,
  SDQ_TICKS,
  instrumentWorld,
  ok,
  send,
  submitAsFamily,
  submitAsMentor,
  toChild,
  toGuardianA,
  toMentor,
} from "./instrument-world";

let t: TestApp;
let w: InstrumentWorld;
const HIGH = SDQ_TICKS.map((v, i) => ([6, 10, 13].includes(i + 1) ? 2 : v)); // more difficulties
beforeAll(async () => {
  t = await createTestApp();
  warmUpValidators();
  w = await instrumentWorld(t);
  // Two parent SDQs three months apart, one teacher SDQ, two CORS and two CSRS from the child.
  const answered = async (submit: () => Promise<{ status: number }>, daysAgo: number) => {
    expect((await submit()).status).toBe(201);
    // Submission times are immutable in the app; the test backdates them directly.
    await sql`update instrument_response set submitted_at = now() - make_interval(days => ${daysAgo})
      where submitted_at > now() - interval '1 minute'`.execute(t.db);
  };
  const parent = async (answers: number[], daysAgo: number) => {
    const id = await send(w, toGuardianA(w));
    await answered(
      () => submitAsFamily(w.family.guardianA, id, { form: "sdq-parent", answers }),
      daysAgo,
    );
  };
  const child = async (instrument: "ors" | "srs", total: number, daysAgo: number) => {
    const id = await send(w, toChild(instrument));
    const v = total / 4;
    const items =
      instrument === "ors"
        ? { me: v, family: v, school: v, everything: v }
        : { relationship: v, goalsAndTopics: v, approach: v, overall: v };
    await answered(
      () => submitAsFamily(w.family.child, id, { form: `c${instrument}`, items }),
      daysAgo,
    );
  };
  await parent(HIGH, 90);
  await parent(SDQ_TICKS, 1);
  const teacher = await send(w, toMentor(w));
  await answered(() => submitAsMentor(w, teacher, { form: "sdq-teacher", answers: SDQ_TICKS }), 30);
  await child("ors", 18, 60);
  await child("ors", 26.4, 2);
  await child("srs", 35.2, 60);
  await child("srs", 38, 2);
});
afterAll(() => t.close());

describe("the child's outcomes over time", () => {
  it("shows SDQ per informant with bands and reliable change against the previous measurement", async () => {
    const o = await ok(w.as.coordA.get(`/api/children/${w.childId}/outcomes`));
    expect(o.sdq.map((s: { informant: string }) => s.informant)).toEqual(["parent", "teacher"]);
    const [first, second] = o.sdq[0].points;
    const before = scoreSdq({ informant: "parent", answers: HIGH as any });
    const after = scoreSdq({ informant: "parent", answers: SDQ_TICKS as any });
    expect(first.scores.emotional).toBe(before.emotional);
    expect(first.bands3.total).toBe(before.bands3.total);
    expect(first.reliableChange).toBeNull();
    expect(second.reliableChange.emotional).toBe(
      sdqReliableChange("parent", "emotional", before.emotional, after.emotional),
    );
    expect(second.reliableChange.total).toBeNull(); // no published threshold
    expect(o.sdq[1].points[0].reliableChange).toBeNull();
  });

  it("marks ORS below the cut-off for the child's age and reliable change, and SRS under 36", async () => {
    const o = await ok(w.as.mentor.get(`/api/children/${w.childId}/outcomes`));
    expect(o.thresholds).toEqual({
      orsClinicalCutoff: 25,
      orsYouthClinicalCutoff: 28,
      corsClinicalCutoff: 32,
      orsReliableChange: 5,
      srsAlertBelow: 36,
      sdqTotalImprovement: 3,
    });
    // A child's CORS is judged by the children's cut-off 32 (#17.15): 26.4 is still in the
    // clinical range, though above the adults' 25. The chart draws that line, not 25.
    expect(
      o.ors[0].points.map((p: any) => [
        p.version,
        p.total,
        p.flagged,
        p.cutoff,
        p.cutoffGroup,
        p.change,
        p.reliableChange,
      ]),
    ).toEqual([
      ["CORS", 18, true, 32, "child", null, null],
      ["CORS", 26.4, true, 32, "child", 8.4, "improved"],
    ]);
    expect(o.srs[0].points.map((p: any) => [p.total, p.flagged, p.cutoff])).toEqual([
      [35.2, true, 36],
      [38, false, 36],
    ]);
  });

  it("records grades and year-3 results by the child's school staff or a coordinator", async () => {
    const grades = `/api/children/${w.childId}/outcomes/grades`;
    const year3 = `/api/children/${w.childId}/outcomes/year3`;
    const body = {
      term: "HT2025",
      schoolYear: 6,
      grades: [
        { subject: "MA", grade: "E" },
        { subject: "SV", grade: "F" },
      ],
    };
    expect((await w.as.mentor.post(grades, body)).status).toBe(204);
    const fix = { term: "HT2025", schoolYear: 6, grades: [{ subject: "SV", grade: "E" }] };
    expect((await w.as.coordB.post(grades, fix)).status).toBe(204);
    const results = {
      term: "VT2023",
      results: [
        { area: "reading", result: "met" },
        { area: "mathematics", result: "not_met" },
      ],
    };
    expect((await w.as.mentor.post(year3, results)).status).toBe(204);
    for (const outsider of [w.as.analyst, w.as.bupPsych, w.family.guardianA])
      expect((await outsider.post(grades, body)).status).toBe(403);
    const bad = await w.as.mentor.post(grades, { ...body, term: "2025" });
    expect(bad.json.errors[0].path).toBe("body/term");

    const o = await ok(w.as.coordA.get(`/api/children/${w.childId}/outcomes`));
    expect(o.grades).toEqual([
      { term: "HT2025", schoolYear: 6, subject: "MA", grade: "E" },
      { term: "HT2025", schoolYear: 6, subject: "SV", grade: "E" },
    ]);
    expect(o.year3).toEqual([
      { term: "VT2023", area: "mathematics", result: "not_met" },
      { term: "VT2023", area: "reading", result: "met" },
    ]);
    expect(o.mayRecordSchoolOutcomes).toBe(true);
  });

  it("gives school staff outside the network the school's records but no instrument results", async () => {
    const teacher = await loginAs(
      t.app,
      await w.tenant.addUser("teacher2", [["school", "teacher_mentor"]]),
    );
    const o = await ok(teacher.get(`/api/children/${w.childId}/outcomes`));
    expect(o.sdq).toEqual([]);
    expect(o.ors).toEqual([]);
    expect(o.grades).toHaveLength(2);
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["action", "child_id"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "outcomes.read")
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(4);
    expect(audit.every((a) => a.child_id === w.childId)).toBe(true);
  });
});

/** Every Coding anywhere in a resource tree. */
function codings(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(codings);
  if (!node || typeof node !== "object") return [];
  const o = node as Record<string, unknown>;
  // A Quantity has a system and code too, but a unit instead of a display.
  const own =
    typeof o.system === "string" && typeof o.code === "string" && !("unit" in o) ? [o] : [];
  return [...own, ...Object.values(o).flatMap(codings)];
}

describe("FHIR R4 export", () => {
  it("exports every answered form as a QuestionnaireResponse with Observations, valid for two validators", async () => {
    const res = await w.as.coordA.get(`/api/cases/${w.caseId}/instruments/fhir`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toContain("application/fhir+json");
    expect(res.headers["cache-control"]).toBe("no-store");
    const bundle = res.json;
    expect(fhirFindings(bundle)).toEqual([]);
    const resources = bundle.entry.map((e: any) => e.resource);
    const types = resources.map((r: any) => r.resourceType);
    expect(types.filter((x: string) => x === "QuestionnaireResponse")).toHaveLength(7);
    // Nine SDQ scores per SDQ, one total per ORS/SRS.
    expect(types.filter((x: string) => x === "Observation")).toHaveLength(3 * 9 + 4);
    expect(resources[0]).toMatchObject({
      resourceType: "Patient",
      id: w.childId,
      birthDate: "2014-03-15",
      identifier: [{ system: "http://electronichealth.se/identifier/personnummer" }],
    });

    const teacher = resources.find(
      (r: any) =>
        r.resourceType === "QuestionnaireResponse" &&
        r.questionnaire.includes("/sdq-teacher-4-17|"),
    );
    expect(teacher.item.slice(0, 25).map((i: any) => i.answer[0].valueInteger)).toEqual(SDQ_TICKS);
    const total = resources.find(
      (r: any) =>
        r.resourceType === "Observation" &&
        r.code.coding[0].code === "sdq-teacher-total" &&
        r.derivedFrom[0].reference === `urn:uuid:${teacher.id}`,
    );
    expect(total.valueQuantity).toMatchObject({
      value: scoreSdq({ informant: "teacher", answers: SDQ_TICKS as any }).total,
      system: "http://unitsofmeasure.org",
      code: "{score}",
    });
    expect(total.code.coding[0]).toMatchObject({
      system: "https://kring.se/fhir/CodeSystem/instrument-score",
      display: "SDQ teacher report: total difficulties score",
    });
    // HL7's interpretation first, Kring's band second, both with a display.
    expect(total.interpretation[0].coding.map((c: any) => c.system)).toEqual([
      "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
      "https://kring.se/fhir/CodeSystem/instrument-band",
    ]);
    const ors = resources.filter((r: any) => r.code?.coding?.[0]?.code === "ors-self-total");
    expect(ors.map((r: any) => r.valueQuantity.value).sort()).toEqual([18, 26.4]);
    expect(
      ors.find((r: any) => r.valueQuantity.value === 18).interpretation[0].coding[0].code,
    ).toBe("L");
    for (const c of codings(bundle)) expect(c.display, JSON.stringify(c)).toBeTruthy();

    // Each form once, with a versioned canonical that the responses cite; neutral item texts.
    const forms = resources.filter((r: any) => r.resourceType === "Questionnaire");
    expect(forms.map((q: any) => q.url.split("/").pop()).sort()).toEqual([
      "ors-self-CORS",
      "sdq-parent-4-17",
      "sdq-teacher-4-17",
      "srs-self-CSRS",
    ]);
    const canonicals = forms.map((q: any) => `${q.url}|${q.version}`);
    for (const r of resources.filter((x: any) => x.resourceType === "QuestionnaireResponse"))
      expect(canonicals).toContain(r.questionnaire);
    const teacherForm = forms.find((q: any) => `${q.url}|${q.version}` === teacher.questionnaire);
    expect(teacherForm.item[0].text).toBe("Påstående 1");
    expect(teacher.item[0].text).toBe("Påstående 1");

    // Who answered: the guardian (RelatedPerson), the teacher (Practitioner), the child (Patient).
    const by = (form: string) =>
      resources.find(
        (r: any) => r.resourceType === "QuestionnaireResponse" && r.questionnaire.includes(form),
      );
    const guardian = resources.find((r: any) => r.id === w.guardians[0]);
    expect(guardian.resourceType).toBe("RelatedPerson");
    expect(by("sdq-parent").source.reference).toBe(`urn:uuid:${w.guardians[0]}`);
    expect(by("sdq-parent").author.reference).toBe(`urn:uuid:${w.guardians[0]}`);
    expect(teacher.source.reference).toBe(`urn:uuid:${w.ids.mentor}`);
    expect(resources.find((r: any) => r.id === w.ids.mentor).resourceType).toBe("Practitioner");
    expect(by("ors-self").source.reference).toBe(`urn:uuid:${w.childId}`);

    // A second export names every resource alike, so a receiver updates instead of duplicating.
    const again = (await w.as.coordA.get(`/api/cases/${w.caseId}/instruments/fhir`)).json;
    expect(again.entry.map((e: any) => e.fullUrl)).toEqual(bundle.entry.map((e: any) => e.fullUrl));
  });

  it("uses validators that check the resources inside a Bundle (the check is not vacuous)", () => {
    // R4 Observations have no valueDecimal; a Bundle carrying one must fail both validators.
    const entry = {
      fullUrl: "urn:uuid:x",
      resource: {
        resourceType: "Observation",
        status: "final",
        code: { text: "x" },
        valueDecimal: 7,
      },
    };
    const bundle = { resourceType: "Bundle", type: "collection", entry: [entry] };
    expect(schemaErrors(bundle).length).toBeGreaterThan(0);
    expect(structureErrors(bundle).length).toBeGreaterThan(0);
    // An Observation without its required status: the StructureDefinitions catch it too.
    expect(
      structureErrors({ resourceType: "Observation", code: { text: "x" } }).length,
    ).toBeGreaterThan(0);
  });

  it("answers an error as a FHIR OperationOutcome", async () => {
    const res = await w.as.coordA.get(
      `/api/cases/00000000-0000-4000-8000-000000000000/instruments/fhir`,
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers["content-type"]).toContain("application/fhir+json");
    expect(res.json.resourceType).toBe("OperationOutcome");
    expect(fhirFindings(res.json)).toEqual([]);
    const bad = await w.as.coordA.get(`/api/cases/not-a-uuid/instruments/fhir`);
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({
      resourceType: "OperationOutcome",
      issue: [{ code: "invalid" }],
    });
  });
});
