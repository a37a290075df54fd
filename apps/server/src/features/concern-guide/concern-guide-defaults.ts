import type { ConcernGuideTexts } from "@kring/contracts";

// "När du känner oro" (Kronoberg's praxismodell), the texts a tenant starts from, in plain
// Swedish. The tenant edits them and adds its own contacts (Administration → När du känner oro).
// The duty to report (SoL 14 kap. 1 §, from 2025 socialtjänstlagen 15 kap.) applies at once: a
// professional who suspects that a child is harmed reports the same day, without first asking
// the guardians or a colleague.

export const DEFAULT_CONCERN_GUIDE: ConcernGuideTexts = {
  intro:
    "Du som arbetar med barn ser ofta tidigt när något inte står rätt till. Här är stegen när du känner oro för ett barn. Du behöver inte veta säkert för att agera.",
  talk: "Prata med barnet om det du har sett, i lugn och ro och på barnets villkor. Prata sedan med vårdnadshavarna: berätta vad du har sett och fråga hur de ser på det. Om samtalet kan skada barnet, prata inte med vårdnadshavarna först – gå direkt till en orosanmälan.",
  consult:
    "Rådgör med ditt elevhälsoteam (skolsköterska, kurator, psykolog eller specialpedagog) eller din chef. Ni kan rådgöra med socialtjänsten utan att säga vem barnet är.",
  ownUnit:
    "Räcker det med stöd i din egen verksamhet? Gör det, och skriv in det som tidigt stöd med familjens samtycke: vad det gäller, vad ni kom överens om och när ni följer upp.",
  request:
    "Behöver barnet stöd från flera verksamheter, till exempel skola, socialtjänst och vård? Gör en förfrågan om samverkan med familjens samtycke. Då kan ett nätverk och en gemensam plan byggas runt barnet.",
  report:
    "Misstänker du att ett barn far illa ska du göra en orosanmälan till socialtjänsten direkt, samma dag. Anmälningsplikten gäller dig personligen och kan inte lämnas över till någon annan. Du behöver inte ha bevis och du behöver inte ha pratat med familjen först. Vid akut fara: ring 112.",
  contacts:
    "Socialtjänstens mottagning: telefon 000-000 00 00, vardagar 8–17. Efter kontorstid: socialjouren via 112. Skriv till exempel in er e-tjänst för orosanmälan här.",
};
