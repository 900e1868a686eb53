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
age: number, 
/**
 * The current qualification first, then history, newest first.
 */
qualifications: Array<QualificationView>, id: number, name: string, kana: string, birthDate: string, relation: Relation, };

export type Field = "name" | "kana" | "birthDate" | "relation" | "insurerNumber" | "insurerName" | "symbol" | "number" | "branch" | "role" | "acquiredDate" | "lostDate" | "burden" | "myNumberLast4" | "memo";

export type FieldMessage = { field: Field, message: string, };

export type ErrorReport = { code: string, message: string, fields: Array<FieldMessage>, };

export type AppStatus = { databasePath: string, openError: ErrorReport | null, };

export type InsuredRole = "insured" | "dependant";

export type Qualification = { id: number, memberId: number, 
/**
 * The 8 or 6 digits, half-width.
 */
insurerNumber: string, insurerName: string, symbol: string, number: string, branch: string | null, role: InsuredRole, acquiredOn: string, lostOn: string | null, 
/**
 * 負担割合 in tenths (3 = 3割), where printed.
 */
burdenTenths: number | null, myNumberLast4: string | null, memo: string, };

export type QualificationInput = { insurerNumber: string, insurerName: string, symbol: string, number: string, branch: string, role: string, acquiredOn: string, lostOn: string, burden: string, myNumberLast4: string, memo: string, };

export type QualificationView = { 
/**
 * `協会けんぽ・東京都`.
 */
insurerLabel: string, roleLabel: string, acquiredLabel: string, lostLabel: string | null, 
/**
 * `3割`, where known.
 */
burdenLabel: string | null, 
/**
 * No 資格喪失日: the member's current plan.
 */
current: boolean, id: number, memberId: number, 
/**
 * The 8 or 6 digits, half-width.
 */
insurerNumber: string, insurerName: string, symbol: string, number: string, branch: string | null, role: InsuredRole, acquiredOn: string, lostOn: string | null, 
/**
 * 負担割合 in tenths (3 = 3割), where printed.
 */
burdenTenths: number | null, myNumberLast4: string | null, memo: string, };

export type QualificationSaved = { qualification: QualificationView, notes: Array<FieldNote>, };

export type FieldNote = { field: Field, message: string, };

export type PlanKind = { "kind": "kyokaiKenpo" } | { "kind": "seafarersInsurance" } | { "kind": "dayLaborers" } | { "kind": "healthInsuranceSociety" } | { "kind": "selfDefenseForces" } | { "kind": "nationalPublicServiceMutualAid" } | { "kind": "localPublicServiceMutualAid" } | { "kind": "policeMutualAid" } | { "kind": "schoolMutualAid" } | { "kind": "lateStageElderly" } | { "kind": "specialRetireeSociety" } | { "kind": "retireeNationalHealthInsurance" } | { "kind": "specialRetireeMutualAid" } | { "kind": "nationalHealthInsurance" } | { "kind": "unknown", code: number, };

export type Prefecture = { code: number, nameJa: string, nameEn: string, };

export type InsurerWarning = { "kind": "unknownPlanCode" };

export type InsurerNumber = { 
/**
 * The 8 or 6 digits, half-width, without spaces or hyphens: the form to store.
 */
digits: string, 
/**
 * 法別番号 (the first 2 of 8 digits); `None` for 国民健康保険 (6 digits).
 */
planCode: number | null, plan: PlanKind, prefecture: Prefecture, 
/**
 * Things to show the user although the number was accepted.
 */
warnings: Array<InsurerWarning>, };

export type InsurerCheck = { valid: boolean, 
/**
 * `協会けんぽ・東京都` when valid, in the reader's language.
 */
description: string | null, 
/**
 * The plan type and the prefecture in Japanese whatever the language, as the
 * notice prints them (`協会けんぽ`, `東京都`).
 */
planJa: string | null, prefectureJa: string | null, insurer: InsurerNumber | null, 
/**
 * Why it is not valid, or a warning about an accepted number.
 */
message: string | null, };
