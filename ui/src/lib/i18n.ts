// UI wording. Domain messages (validation errors, dates, labels) come from the core
// in the user's language; this file holds only the words of the screens themselves.
export const ja = {
  appTitle: "保険手帳",
  appSubtitle: "家族の保険資格と有効期限を、このパソコンの中だけで管理します",
  household: "家族",
  addMember: "家族を追加",
  editMember: "家族の情報を編集",
  edit: "編集",
  remove: "削除",
  save: "保存する",
  saving: "保存しています…",
  cancel: "キャンセル",
  loading: "読み込んでいます…",
  emptyTitle: "まだ家族が登録されていません",
  emptyBody:
    "お手元に「資格情報のお知らせ」か資格確認書を用意してください。まず、被保険者ご本人から登録しましょう。",
  emptyAction: "最初の一人を登録する",
  name: "氏名",
  nameHint: "例: 山田 太郎",
  kana: "フリガナ",
  kanaHint: "例: ヤマダ タロウ（ひらがなでも入力できます）",
  birthDate: "生年月日",
  birthDateHint: "例: 1980-01-02 / 昭和55年1月2日 / S55.1.2",
  relation: "続柄",
  relationHint: "被保険者（保険証の持ち主）から見た続柄",
  born: "生年月日",
  age: (age: number) => `${age}歳`,
  relations: { self: "本人", spouse: "配偶者", child: "子", parent: "父母", other: "その他" },
  confirmRemoveTitle: (name: string) => `${name}さんを削除しますか？`,
  confirmRemoveBody: "この方について記録した内容もすべて削除されます。この操作は取り消せません。",
  confirmRemoveAction: "削除する",
  removed: (name: string) => `${name}さんを削除しました。`,
  added: (name: string) => `${name}さんを登録しました。`,
  updated: (name: string) => `${name}さんの情報を更新しました。`,
  openErrorTitle: "データを開けませんでした",
  openErrorPath: "データベースの場所",
  dataLocation: "データの保存場所",
  requiredMark: "必須",
} as const;

export type Text = typeof ja;
export const text: Text = ja;
