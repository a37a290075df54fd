// A small seeded generator so the demo municipality is the same on every machine.
export function seededRandom(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seededRandom>;

export const GIVEN_NAMES_CHILD = [
  "Alva",
  "Elsa",
  "Maja",
  "Saga",
  "Ella",
  "Wilma",
  "Alice",
  "Vera",
  "Ebba",
  "Nora",
  "Liam",
  "Noah",
  "William",
  "Hugo",
  "Lucas",
  "Oliver",
  "Elias",
  "Adam",
  "Leo",
  "Vincent",
  "Amir",
  "Yasmin",
  "Sara",
  "Omar",
  "Nils",
  "Idun",
  "Selma",
  "Malte",
  "Ture",
  "Signe",
] as const;

export const GIVEN_NAMES_ADULT = [
  "Anna",
  "Eva",
  "Karin",
  "Sofia",
  "Maria",
  "Lena",
  "Helena",
  "Fatima",
  "Emma",
  "Johanna",
  "Erik",
  "Lars",
  "Anders",
  "Johan",
  "Mikael",
  "Per",
  "Ali",
  "Daniel",
  "Fredrik",
  "Jonas",
] as const;

export const FAMILY_NAMES = [
  "Andersson",
  "Johansson",
  "Karlsson",
  "Nilsson",
  "Eriksson",
  "Larsson",
  "Olsson",
  "Persson",
  "Svensson",
  "Gustafsson",
  "Pettersson",
  "Jonsson",
  "Lindberg",
  "Lindqvist",
  "Berg",
  "Holm",
  "Hassan",
  "Mohammed",
  "Ali",
  "Nyström",
  "Sandberg",
  "Lund",
  "Ek",
  "Björk",
  "Strand",
] as const;

export const STREETS = [
  "Björkvägen",
  "Storgatan",
  "Skolgatan",
  "Tallstigen",
  "Ängsvägen",
  "Älvgatan",
  "Kvarnvägen",
] as const;
