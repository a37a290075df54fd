// An iTIP message (RFC 5546) for one attendee of one meeting, as iCalendar text (RFC 5545).
// Written by hand rather than with a library so that what calendars rely on is certain: METHOD
// REQUEST with ORGANIZER and ATTENDEE, METHOD CANCEL with the same UID, a higher SEQUENCE and
// STATUS:CANCELLED, and content lines folded at 75 octets without splitting a UTF-8 character.

export interface CalendarAddress {
  name: string;
  /** An e-mail address; without one the attendee is named by a urn:uuid address. */
  email: string | null;
  /** Used for the urn:uuid address when there is no e-mail. */
  id?: string;
}

export interface MeetingIcsInput {
  method: "REQUEST" | "CANCEL";
  /** Stable per meeting: every update and the cancellation carry the same UID. */
  uid: string;
  sequence: number;
  /** When this message was made (DTSTAMP). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  organizer: CalendarAddress;
  attendee: CalendarAddress;
}

const CRLF = "\r\n";

/** The whole calendar object, CRLF line ends, folded. */
export function meetingIcs(input: MeetingIcsInput): string {
  const cancelled = input.method === "CANCEL";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Kring//Kring meetings//SV",
    "CALSCALE:GREGORIAN",
    `METHOD:${input.method}`,
    "BEGIN:VEVENT",
    `UID:${escapeText(input.uid)}`,
    `SEQUENCE:${input.sequence}`,
    `DTSTAMP:${utc(input.stamp)}`,
    `DTSTART:${utc(input.start)}`,
    `DTEND:${utc(input.end)}`,
    `SUMMARY:${escapeText(input.summary)}`,
    `DESCRIPTION:${escapeText(input.description)}`,
    ...(input.location ? [`LOCATION:${escapeText(input.location)}`] : []),
    ...(input.url ? [`URL:${input.url}`] : []),
    `STATUS:${cancelled ? "CANCELLED" : "CONFIRMED"}`,
    `ORGANIZER;CN=${paramValue(input.organizer.name)}:${address(input.organizer)}`,
    // Kring does not read replies, so none is asked for (RSVP=FALSE); the invitee's calendar
    // still shows the meeting as theirs to attend.
    `ATTENDEE;CN=${paramValue(input.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:${address(input.attendee)}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): CRLF and one space, the space counting in the
 * next line's 75. Whole code points only, so a multi-byte character (å, ä, ö) is never split.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** A parameter value: quoted, with the characters a quoted value may not hold left out. */
function paramValue(value: string): string {
  // Control characters (below U+0020, and DEL) have no place in a parameter value.
  const printable = [...value].filter((c) => c >= " " && c !== "\u007f" && c !== '"').join("");
  return `"${printable}"`;
}

function address(a: CalendarAddress): string {
  if (a.email) return `mailto:${a.email}`;
  return `urn:uuid:${a.id ?? "00000000-0000-0000-0000-000000000000"}`;
}

function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}
