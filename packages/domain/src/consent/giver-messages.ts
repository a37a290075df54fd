// The refusals of the consent rules in plain words, the same on the server and in the form.
import type { ConsentRefusal, ConsentRules } from "./givers";

export function consentRefusalMessage(
  refusal: ConsentRefusal,
  rules: ConsentRules,
): { sv: string; en: string } {
  const limit = rules.childAloneFromAge;
  switch (refusal) {
    case "child_too_young_alone":
      return {
        sv: `Barnet är under ${limit} år och kan inte samtycka ensamt. En vårdnadshavare måste samtycka.`,
        en: `The child is under ${limit} and cannot consent alone. A guardian with custody must consent.`,
      };
    case "all_guardians_required":
      return {
        sv: "Alla vårdnadshavare måste samtycka (kommunens regel).",
        en: "Every guardian with custody must consent (the municipality's rule).",
      };
    case "not_a_guardian":
      return {
        sv: "Samtycket måste ges av barnets vårdnadshavare.",
        en: "Consent must be given by the child's guardians.",
      };
    case "no_givers":
      return { sv: "Ange vem som har samtyckt.", en: "State who gave the consent." };
    case "document_required":
      return {
        sv: "Ett skriftligt samtycke behöver den underskrivna blanketten bifogad.",
        en: "Written consent needs the signed form attached.",
      };
    case "meeting_required":
      return {
        sv: "Ange vid vilket möte samtycket gavs muntligt.",
        en: "State at which meeting the consent was given orally.",
      };
    case "digital_only_by_guardian":
      return {
        sv: "Digitalt samtycke lämnar vårdnadshavaren själv i familjevyn.",
        en: "Digital consent is given by the guardian themselves in the family view.",
      };
  }
}

/** The rule in plain words for the form, for a child of this age. */
export function consentRuleText(age: number, rules: ConsentRules): { sv: string; en: string } {
  const limit = rules.childAloneFromAge;
  const guardians = rules.allGuardiansRequired
    ? { sv: "alla vårdnadshavare", en: "every guardian with custody" }
    : { sv: "minst en vårdnadshavare", en: "at least one guardian with custody" };
  if (age >= limit)
    return {
      sv: `Barnet är ${age} år. Från ${limit} år kan barnet samtycka själv till att uppgifter om hen delas, ensamt eller tillsammans med vårdnadshavarna.`,
      en: `The child is ${age}. From ${limit} the child may consent alone to sharing information about them, or together with the guardians.`,
    };
  return {
    sv: `Barnet är ${age < 0 ? "?" : age} år. Under ${limit} år måste ${guardians.sv} samtycka. Barnet kan samtycka tillsammans med dem, men inte ensamt.`,
    en: `The child is ${age < 0 ? "?" : age}. Under ${limit}, ${guardians.en} must consent. The child may consent with them, but not alone.`,
  };
}
