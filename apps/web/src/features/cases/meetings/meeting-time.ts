/** A local date and time from the form as an instant, or "" so the server names the field. */
export function instantFrom(date: string, time: string): string {
  const at = new Date(`${date}T${time}`);
  return Number.isNaN(at.getTime()) ? "" : at.toISOString();
}
