import { inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantEmergencyToPsychologist } from "../support/case-fixture";
import { fhirFindings, warmUpValidators } from "../support/fhir-validators";
import { readPdf, roles } from "../support/pdf-reader";
import { createTestApp, type TestApp } from "../support/test-app";
import { agreedPlan, completeContent, planWorld } from "./plan-world";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  warmUpValidators();
});
afterAll(() => t.close());

/**
 * The text a reader would get out of the PDF: each content stream's glyph strings decoded with
 * each embedded font's ToUnicode map (a string decodes to text only with its own font's map).
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const streams: string[] = [];
  for (const m of raw.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    const bytes = pdf.subarray(start, end);
    try {
      streams.push(
        m[1]!.includes("FlateDecode")
          ? inflateSync(bytes).toString("latin1")
          : bytes.toString("latin1"),
      );
    } catch {
      // Font programs and images are not text.
    }
  }
  const maps = streams
    .filter((s) => s.includes("begincmap"))
    .map((cmap) => {
      const map = new Map<number, string>();
      for (const [, from, , list] of cmap.matchAll(
        /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi,
      )) {
        [...list!.matchAll(/<([0-9a-f]+)>/gi)].forEach((h, i) =>
          map.set(parseInt(from!, 16) + i, Buffer.from(h[1]!, "hex").swap16().toString("utf16le")),
        );
      }
      return map;
    });
  const glyphs = streams
    .filter((s) => /\bBT\b/.test(s))
    .flatMap((s) => [...s.matchAll(/<([0-9a-f]+)>/gi)].map((h) => h[1]!));
  return maps
    .map((map) =>
      glyphs
        .map((hex) =>
          hex
            .match(/.{4}/g)!
            .map((g) => map.get(parseInt(g, 16)) ?? "\u0000")
            .join(""),
        )
        .join(""),
    )
    .join("\n");
}

describe("print and export", () => {
  it("prints an accessible PDF in the family's and the professional edition", async () => {
    const w = await planWorld(t.db, t.app);
    await agreedPlan(w);
    const res = await t.app.inject({
      method: "GET",
      url: `/api/cases/${w.caseId}/plan/pdf?edition=professional`,
      headers: { cookie: w.as.coordA.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["cache-control"]).toBe("no-store");
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const raw = pdf.toString("latin1");
    expect(raw).toContain("/StructTreeRoot");
    for (const tag of ["Document", "H1", "H2", "H3", "P"]) expect(raw).toContain(`/S /${tag}`);
    expect(raw).toMatch(/\/Lang \(sv-SE\)/);
    const text = pdfText(pdf);
    expect(text).toContain("Alva är i skolan minst fyra dagar i veckan.");
    expect(text).toContain("Intern anteckning");
    const family = await t.app.inject({
      method: "GET",
      url: `/api/cases/${w.caseId}/plan/pdf?edition=family`,
      headers: { cookie: w.as.coordA.cookie },
    });
    const familyText = pdfText(family.rawPayload);
    expect(familyText).toContain("Samtal med skolsköterskan varje vecka");
    expect(familyText).not.toContain("Intern anteckning");
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["action", "details"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "plan.print")
      .execute();
    expect(audit.map((a) => a.details.edition)).toEqual(["professional", "family"]);
  });

  it("prints page numbers, print date, a confidentiality line and (professional edition) the child's number on every page, contacts with e-mail, lists tagged as lists, as PDF/A-2", async () => {
    const w = await planWorld(t.db, t.app);
    // A long plan, so that the print runs over several pages.
    const content = completeContent(w);
    const filler = Array.from({ length: 14 }, (_, i) => ({
      ...content.goals[0]!,
      id: `g-extra-${i}`,
      text: `Extra mål ${i + 1}: ${"Alva ska få stöd i vardagen. ".repeat(6)}`,
      actions: content.goals[0]!.actions.map((a, j) => ({ ...a, id: `a-extra-${i}-${j}` })),
    }));
    await agreedPlan(w, { ...content, goals: [...content.goals, ...filler] });
    await t.db
      .updateTable("app_user")
      .set({ email: "koordinator@kommun.example" })
      .where("id", "=", w.ids.coordA)
      .execute();
    const { personal_number } = await t.db
      .selectFrom("child")
      .select("personal_number")
      .where("id", "=", w.childId)
      .executeTakeFirstOrThrow();
    const number = `${personal_number.slice(0, 8)}-${personal_number.slice(8)}`;
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(
      new Date(),
    );
    const print = async (edition: string) => {
      const res = await t.app.inject({
        method: "GET",
        url: `/api/cases/${w.caseId}/plan/pdf?edition=${edition}`,
        headers: { cookie: w.as.coordA.cookie },
      });
      return { raw: res.rawPayload, read: await readPdf(res.rawPayload) };
    };
    for (const edition of ["professional", "family"]) {
      const { raw, read } = await print(edition);
      const n = read.pages.length;
      expect(n, edition).toBeGreaterThan(1);
      read.pages.forEach((page, i) => {
        expect(page.text, `${edition} page ${i + 1}`).toContain(`Sida ${i + 1} av ${n}`);
        expect(page.text).toContain(`Utskriven ${today}`);
        expect(page.text).toContain(edition === "family" ? "Personligt:" : "Sekretess:");
        if (edition === "professional") expect(page.text).toContain(number);
        else expect(page.text).not.toContain(number);
      });
      const all = read.pages.map((p) => p.text).join("\n");
      // Contact details where the family looks for them.
      const contacts = all.slice(
        all.indexOf(edition === "family" ? "Vem ni kan kontakta" : "Nätverket"),
      );
      expect(contacts).toContain("koordinator@kommun.example");
      // The tags a screen reader uses: headings, and lists as L > LI > LBody.
      const tags = read.pages.flatMap((p) => roles(p.tags));
      for (const tag of ["H1", "H2", "H3", "L", "LI", "LBody"]) expect(tags, tag).toContain(tag);
      // PDF/A-2 identification and the sRGB output intent it requires.
      expect(read.metadata).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
      expect(raw.toString("latin1")).toContain("/OutputIntents");
    }
  });

  it("writes a name ending in s in the genitive as Swedish does: Elias syn", async () => {
    const w = await planWorld(t.db, t.app);
    await agreedPlan(w);
    await t.db
      .updateTable("child")
      .set({ given_name: "Elias" })
      .where("id", "=", w.childId)
      .execute();
    const res = await t.app.inject({
      method: "GET",
      url: `/api/cases/${w.caseId}/plan/pdf?edition=family`,
      headers: { cookie: w.as.coordA.cookie },
    });
    const text = pdfText(res.rawPayload);
    expect(text).toContain("Elias syn");
    expect(text).not.toContain("Eliass");
  });

  it("ends an action that already ends in a full stop with one, not two: kl. 8.10.", async () => {
    const w = await planWorld(t.db, t.app);
    const content = completeContent(w);
    content.goals[0]!.actions[0]!.description = "Mentorn möter Alva vid entrén kl. 8.10.";
    await agreedPlan(w, content);
    const res = await t.app.inject({
      method: "GET",
      url: `/api/cases/${w.caseId}/plan/pdf?edition=family`,
      headers: { cookie: w.as.coordA.cookie },
    });
    const text = pdfText(res.rawPayload);
    expect(text).toContain("entrén kl. 8.10. Vem:");
    expect(text).not.toContain("8.10..");
  });

  it("exports a FHIR R4 Bundle that two independent validators accept", async () => {
    const w = await planWorld(t.db, t.app);
    await agreedPlan(w);
    await w.ok(
      w.as.nurse.post(`/api/cases/${w.caseId}/plan/follow-ups`, {
        heldOn: new Date().toISOString().slice(0, 10),
        assessments: [{ goalId: "g-skola", level: "achieved" }],
      }),
      201,
    );
    const bundle = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}/plan/fhir`));
    expect(fhirFindings(bundle)).toEqual([]);
    const resources = bundle.entry.map((e: { resource: any }) => e.resource);
    const types = resources.map((r: { resourceType: string }) => r.resourceType);
    expect(types[0]).toBe("Patient");
    expect(types.filter((x: string) => x === "RelatedPerson")).toHaveLength(2);
    expect(types.filter((x: string) => x === "Practitioner").length).toBeGreaterThan(0);
    expect(types.filter((x: string) => x === "Organization").length).toBeGreaterThan(0);
    expect(types.slice(-3)).toEqual(["CareTeam", "Goal", "CarePlan"]);
    expect(resources[0]).toMatchObject({
      id: w.childId,
      identifier: [{ system: "http://electronichealth.se/identifier/personnummer" }],
    });
    const carePlan = resources.at(-1);
    expect(carePlan).toMatchObject({ status: "active", intent: "plan", meta: { versionId: "1" } });
    expect(carePlan.activity).toHaveLength(3);
    const goal = bundle.entry.at(-2);
    expect(carePlan.goal[0].reference).toBe(goal.fullUrl);
    expect(goal.resource).toMatchObject({
      lifecycleStatus: "completed",
      achievementStatus: { coding: [expect.objectContaining({ code: "achieved" })] },
    });
    // The network: each member a Practitioner (a coordinator is the user), roles from Kring's
    // published code system, units as Organizations.
    const careTeam = resources.at(-3);
    const coordinator = careTeam.participant.find(
      (p: any) => p.member.reference === `urn:uuid:${w.ids.coordA}`,
    );
    expect(coordinator.role[0].coding[0]).toEqual({
      system: "https://kring.se/fhir/CodeSystem/care-team-role",
      code: "coordinator_lead",
      display: "Koordinator 1 (leder processen)",
    });
    for (const p of careTeam.participant) {
      const member = resources.find((r: any) => `urn:uuid:${r.id}` === p.member.reference);
      expect(["Practitioner", "RelatedPerson"]).toContain(member.resourceType);
      if (p.onBehalfOf)
        expect(
          resources.find((r: any) => `urn:uuid:${r.id}` === p.onBehalfOf.reference).resourceType,
        ).toBe("Organization");
    }
    // A broken resource is caught by the same check, so the check itself works.
    expect(
      fhirFindings({
        resourceType: "Bundle",
        type: "collection",
        entry: [{ resource: { ...carePlan, intent: 42 } }],
      }).length,
    ).toBeGreaterThan(0);
  });

  it("keeps one CarePlan and every resource id across agreed versions", async () => {
    const w = await planWorld(t.db, t.app);
    await agreedPlan(w);
    const bundle = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}/plan/fhir`));
    const carePlan = bundle.entry.at(-1).resource;
    // A new agreed version is the same CarePlan (id, identifier) with the next versionId, and
    // every other resource keeps its id.
    expect(await agreedPlan(w)).toBe(2);
    const next = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}/plan/fhir`));
    const nextPlan = next.entry.at(-1).resource;
    expect(nextPlan.meta.versionId).toBe("2");
    expect(nextPlan.id).toBe(carePlan.id);
    expect(nextPlan.identifier).toEqual(carePlan.identifier);
    expect(next.entry.map((e: any) => e.fullUrl)).toEqual(bundle.entry.map((e: any) => e.fullUrl));
    const first = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}/plan/fhir?version=1`));
    expect(first.entry.at(-1).resource.identifier).toEqual(carePlan.identifier);
  });

  it("answers an error as a FHIR OperationOutcome", async () => {
    const w = await planWorld(t.db, t.app);
    const res = await w.as.coordA.get(`/api/cases/${w.caseId}/plan/fhir`);
    expect(res.status).toBe(404);
    expect(res.headers["content-type"]).toContain("application/fhir+json");
    expect(res.json).toMatchObject({
      resourceType: "OperationOutcome",
      issue: [
        { severity: "error", code: "not-found", details: { coding: [{ code: "no_agreed_plan" }] } },
      ],
    });
    expect(fhirFindings(res.json)).toEqual([]);
    // Outside FHIR, errors stay problem+json.
    const pdf = await w.as.coordA.get(`/api/cases/${w.caseId}/plan/pdf?edition=family`);
    expect(pdf.headers["content-type"]).toContain("application/problem+json");
  });

  it("leaves a protected child's units out of both prints and the CareTeam for an emergency reader", async () => {
    const w = await planWorld(t.db, t.app);
    await agreedPlan(w);
    await t.db
      .updateTable("child")
      .set({ protected_identity: true })
      .where("id", "=", w.childId)
      .execute();
    const eht = (
      await t.db
        .selectFrom("unit")
        .select("name")
        .where("id", "=", w.units.eht)
        .executeTakeFirstOrThrow()
    ).name;
    const outputs = async (client: typeof w.as.coordA) => {
      const print = async (edition: string) =>
        pdfText(
          (
            await t.app.inject({
              method: "GET",
              url: `/api/cases/${w.caseId}/plan/pdf?edition=${edition}`,
              headers: { cookie: client.cookie },
            })
          ).rawPayload,
        );
      const bundle = await w.ok(client.get(`/api/cases/${w.caseId}/plan/fhir`));
      const careTeam = bundle.entry.find(
        (e: { resource: { resourceType: string } }) => e.resource.resourceType === "CareTeam",
      ).resource;
      return [await print("professional"), await print("family"), JSON.stringify(careTeam)];
    };
    // The intake role sees where the child is; the contact person's unit names the school's health team.
    for (const text of await outputs(w.as.coordA)) expect(text).toContain(eht);
    expect(await grantEmergencyToPsychologist(t.db, w, w.caseId)).toBe(204);
    expect((await w.as.bupPsych.get(`/api/cases/${w.caseId}`)).json.accessBasis).toBe("emergency");
    const [professional, family, careTeam] = await outputs(w.as.bupPsych);
    for (const text of [professional!, family!, careTeam!]) expect(text).not.toContain(eht);
    expect(professional).toContain("Skyddade personuppgifter");
    // Nor the child's number, which the professional edition otherwise prints on every page.
    const { personal_number } = await t.db
      .selectFrom("child")
      .select("personal_number")
      .where("id", "=", w.childId)
      .executeTakeFirstOrThrow();
    for (const text of [professional!, family!]) {
      expect(text).not.toContain(`${personal_number.slice(0, 8)}-${personal_number.slice(8)}`);
      expect(text).not.toContain(personal_number);
    }
    expect(family).toContain("Skyddade personuppgifter");
    expect(careTeam).toContain("nurse");
  });
});
