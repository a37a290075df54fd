// Tables of the instruments feature, as Kysely sees them. Merged into Database in ../schema.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the feature grows
export interface InstrumentsTables {}
