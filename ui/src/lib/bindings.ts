// Generated from crates/core by `UPDATE_BINDINGS=1 cargo test -p hoken-techo-core bindings`.
// Do not edit by hand.

export type Lang = "ja" | "en";

export type Relation = "self" | "spouse" | "child" | "parent" | "other";

export type Member = { id: number, name: string, kana: string, birthDate: string, relation: Relation, };

export type MemberInput = { name: string, kana: string, birthDate: string, relation: string, };

export type MemberView = { 
/**
 * e.g. `昭和55年1月2日 (1980-01-02)`.
 */
birthDateLabel: string, relationLabel: string, 
/**
 * Age in whole years on the day the view was made.
 */
age: number, id: number, name: string, kana: string, birthDate: string, relation: Relation, };

export type Field = "name" | "kana" | "birthDate" | "relation" | "insurerNumber" | "insurerName" | "symbol" | "number" | "branch" | "role" | "acquiredDate" | "lostDate" | "burden" | "myNumberLast4" | "memo";

export type FieldMessage = { field: Field, message: string, };

export type ErrorReport = { code: string, message: string, fields: Array<FieldMessage>, };

export type AppStatus = { databasePath: string, openError: ErrorReport | null, };
