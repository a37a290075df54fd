/** The shape of a feature's Swedish texts, which its English texts must match key for key. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
