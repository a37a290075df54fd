import { z } from "zod";
import { CivilDate, FreeText, Int, QueryInt, Text, atLeastOneField } from "./input";

// The joint offer (insatskatalog) and its leisure activities, issue #22: /api/offer.

export const OFFER_KIND = z.enum(["individual", "group", "universal"]);
export const CONSENT_METHOD = z.enum(["written", "oral", "digital"]);
/** Why the activity's staff declined a suggestion: the family said no, it does not suit the
 *  child, the child is already in another activity, or another reason (told in the note). */
export const DECLINE_REASON = z.enum([
  "family_declined",
  "not_suitable",
  "other_activity",
  "other",
]);
const Age = Int(0, 25);
const ClockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, "HH:MM");
const NeedCode = z.string().regex(/^[a-z0-9_]{1,40}$/);

export const NeedTag = z.object({ code: NeedCode, sv: Text(100), en: Text(100) });
export const NeedTagList = z.object({ tags: z.array(NeedTag).max(60) });

export const OfferSearchQuery = z.object({
  need: NeedCode.optional(),
  age: QueryInt(0, 25).optional(),
  areaId: z.uuid().optional(),
  kind: OFFER_KIND.optional(),
  leisure: z.enum(["true", "false"]).optional(),
  q: FreeText(100).optional(),
});

const EntryFields = {
  unitId: z.uuid(),
  name: Text(200),
  description: FreeText(4000),
  kind: OFFER_KIND,
  leisure: z.boolean(),
  ageFrom: Age.nullable(),
  ageTo: Age.nullable(),
  needs: z.array(NeedCode).max(20),
  areaId: z.uuid().nullable(),
  howToGet: FreeText(2000),
  contact: FreeText(500),
};
const ageOrder = (b: { ageFrom?: number | null; ageTo?: number | null }) =>
  b.ageFrom == null || b.ageTo == null || b.ageFrom <= b.ageTo;
const ageMessage = { message: "ageFrom must not exceed ageTo", path: ["ageTo"] };

export const CreateOfferEntryRequest = z.object(EntryFields).refine(ageOrder, ageMessage);
export const UpdateOfferEntryRequest = atLeastOneField(
  z
    .object({ ...EntryFields, active: z.boolean() })
    .partial()
    .omit({ unitId: true }),
).refine(ageOrder, ageMessage);

export const OfferEntrySummary = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  kind: OFFER_KIND,
  leisure: z.boolean(),
  unitId: z.uuid(),
  unitName: z.string(),
  organisationName: z.string(),
  ageFrom: z.number().nullable(),
  ageTo: z.number().nullable(),
  needs: z.array(z.string()),
  areaId: z.uuid().nullable(),
  areaName: z.string().nullable(),
  howToGet: z.string(),
  contact: z.string(),
  active: z.boolean(),
  /** Whether the reader may change the entry (administrator, or a keeper of its unit). */
  mayEdit: z.boolean(),
  participantCount: z.number().int(),
});
export type OfferEntrySummary = z.infer<typeof OfferEntrySummary>;

export const OfferSearchResponse = z.object({
  entries: z.array(OfferEntrySummary),
  needs: z.array(NeedTag),
  areas: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** Units the reader may add entries for (all for an administrator). */
  unitsToKeep: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

/** A participant by name only for those who may see the child; others count them. */
export const OfferParticipant = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  name: z.string(),
  birthYear: z.number().int(),
  consentGivenBy: z.string(),
  consentMethod: CONSENT_METHOD,
  consentOn: z.string(),
});

export const OfferSession = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  present: z.number().int(),
  absent: z.number().int(),
  /** Per participant, for those who see the participants. */
  attendance: z.array(z.object({ participantId: z.uuid(), present: z.boolean() })),
});

export const OfferSuggestionItem = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  name: z.string(),
  birthYear: z.number().int(),
  note: z.string(),
  suggestedAt: z.string(),
  suggestedBy: z.string().nullable(),
});

export const OfferEntryDetail = OfferEntrySummary.extend({
  /** Whether the reader runs the activity: sees participants, enrols, records sessions. */
  mayRun: z.boolean(),
  participants: z.array(OfferParticipant),
  /** Participants the reader may not see by name. */
  hiddenParticipants: z.number().int(),
  sessions: z.array(OfferSession),
  suggestions: z.array(OfferSuggestionItem),
});
export type OfferEntryDetail = z.infer<typeof OfferEntryDetail>;

export const EnrolRequest = z.object({
  childId: z.uuid(),
  consentGivenBy: Text(200),
  consentMethod: CONSENT_METHOD,
  consentOn: CivilDate,
  /** The suggestion this enrolment answers, if any. */
  suggestionId: z.uuid().optional(),
});

/** The last day the child took part; today when left out. */
export const EndParticipationRequest = z.object({ endedOn: CivilDate.optional() });

export const CreateSessionRequest = z
  .object({ heldOn: CivilDate, startsAt: ClockTime, endsAt: ClockTime, place: FreeText(200) })
  .refine((b) => b.startsAt < b.endsAt, { message: "endsAt after startsAt", path: ["endsAt"] });

export const RecordAttendanceRequest = z.object({
  attendance: z
    .array(z.object({ participantId: z.uuid(), present: z.boolean() }))
    .min(1)
    .max(200),
});

export const SuggestActivityRequest = z.object({
  entryId: z.uuid(),
  note: FreeText(1000),
  /** The guardian agreed that the activity's staff contact them: required before suggesting. */
  guardianAgreed: z.literal(true),
});

/** Declining a suggestion: a reason from the list, and optionally a few words. */
export const DeclineSuggestionRequest = z.object({
  reason: DECLINE_REASON,
  note: FreeText(500).default(""),
});

/** A pupil's suggestions on the staircase page: open, or how the activity answered. */
export const PupilSuggestionsResponse = z.object({
  suggestions: z.array(
    z.object({
      id: z.uuid(),
      entryId: z.uuid(),
      entryName: z.string(),
      note: z.string(),
      suggestedAt: z.string(),
      suggestedBy: z.string().nullable(),
      outcome: z.enum(["enrolled", "declined"]).nullable(),
      handledAt: z.string().nullable(),
      declineReason: DECLINE_REASON.nullable(),
      declineNote: z.string(),
    }),
  ),
});
export type PupilSuggestionsResponse = z.infer<typeof PupilSuggestionsResponse>;

export const OpenSuggestionsResponse = z.object({
  suggestions: z.array(
    z.object({
      id: z.uuid(),
      entryId: z.uuid(),
      entryName: z.string(),
      childId: z.uuid(),
      name: z.string(),
      birthYear: z.number().int(),
      note: z.string(),
      suggestedAt: z.string(),
    }),
  ),
});

/** On the child's outcomes timeline: each activity the child takes or took part in. */
export const LeisureParticipation = z.object({
  entryName: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  sessions: z.array(z.object({ heldOn: z.string(), present: z.boolean() })),
});
