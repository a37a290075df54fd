/** A local date and time from the form as an instant, or "" so the server names the field. */
export function instantFrom(date: string, time: string): string {
  const at = new Date(`${date}T${time}`);
  return Number.isNaN(at.getTime()) ? "" : at.toISOString();
}

/** The local date and time of an instant, as the form's date and time fields hold them. */
export function localParts(instant: string): { date: string; time: string } {
  const at = new Date(instant);
  const two = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`,
    time: `${two(at.getHours())}:${two(at.getMinutes())}`,
  };
}
