declare const brand: unique symbol;

/** A value of type `T` that only a parser of this package may create, tagged `Name`. */
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };
