import PMOYAML

/// Produces JSON Schemas (draft-07) of the document envelope and each kind, for editors such as
/// yaml-language-server: completion, hover text and red squiggles while a standard is written.
///
/// The property lists come from the same `fields` lists the decoders use (``Metadata/fields``,
/// ``TemplateSpec/fields``, …), so a field cannot be added to a decoder and forgotten here; a
/// test checks that every property is described. Every object the decoder closes against
/// unknown fields gets `additionalProperties: false`. The schema is a help for authors:
/// `pmo validate` remains the authority (it also checks references, dates and changelogs).
package struct JSONSchemaExporter: Sendable {
    /// Creates an exporter.
    package init() {}

    /// The file name of a kind's schema (`pmo-template.schema.json`), or of the combined schema for `nil`.
    package static func fileName(for kind: DocumentKind?) -> String {
        kind.map { "pmo-\($0.referenceName).schema.json" } ?? "pmo.schema.json"
    }

    /// The schema of one kind: the envelope with that kind's `metadata` and `spec`.
    package func schema(for kind: DocumentKind) -> JSONSchemaValue {
        .object(
            [
                ("$schema", "http://json-schema.org/draft-07/schema#"),
                ("title", .string("pmo/v1 \(kind.rawValue)")),
            ] + envelope(kind).members)
    }

    /// One schema for every catalog file: exactly one of the kinds, chosen by `kind`.
    package func combinedSchema() -> JSONSchemaValue {
        .object([
            ("$schema", "http://json-schema.org/draft-07/schema#"),
            ("title", "pmo/v1 document"),
            ("description", "pmo カタログの文書（Catalog / Template / Checklist / RuleSet / Page / Campaign のいずれか）"),
            ("type", "object"),
            ("required", ["apiVersion", "kind"]),
            (
                "properties",
                .object([
                    ("apiVersion", .object([("const", .string(Document.apiVersion))])),
                    ("kind", .object([("enum", .array(DocumentKind.allCases.map { .string($0.rawValue) }))])),
                ])
            ),
            ("oneOf", .array(DocumentKind.allCases.map(envelope))),
        ])
    }

    /// Every schema file: one per kind and the combined one, as (file name, pretty JSON text).
    package func files() -> [(name: String, text: String)] {
        DocumentKind.allCases.map { (Self.fileName(for: $0), schema(for: $0).rendered()) }
            + [(Self.fileName(for: nil), combinedSchema().rendered())]
    }

    // MARK: - Envelope and metadata

    private func envelope(_ kind: DocumentKind) -> JSONSchemaValue {
        let spec: JSONSchemaValue
        switch kind {
        case .catalog: spec = catalogSpec
        case .template: spec = templateSpec
        case .checklist: spec = checklistSpec
        case .ruleSet: spec = ruleSetSpec
        case .page: spec = pageSpec
        case .campaign: spec = campaignSpec
        }
        return closedObject(
            Document.fields, required: Document.fields,
            [
                "apiVersion": .object([("const", .string(Document.apiVersion)), ("description", "文書形式のバージョン（常に \(Document.apiVersion)）")]),
                "kind": .object([("const", .string(kind.rawValue)), ("description", "文書の種類")]),
                "metadata": metadata(kind),
                "spec": spec,
            ])
    }

    private func metadata(_ kind: DocumentKind) -> JSONSchemaValue {
        let required = ["name", "title", "description", "owner", "version", "changelog"] + (kind == .catalog ? [] : ["category"])
        return closedObject(
            Metadata.fields, required: required, description: "全文書共通のメタデータ",
            [
                "name": slug("名前（英小文字・数字・ハイフンのスラッグ、63文字以内）。同じ種類の中で一意"),
                "title": text("表題（日本語可）"),
                "description": text("一、二文の説明"),
                "owner": slug("所有チームの id（catalog.yaml の spec.owners で宣言）"),
                "category": slug("カテゴリの id（catalog.yaml の spec.taxonomy.categories で宣言）"),
                "tags": stringList("タグ"),
                "version": semver("セマンティックバージョン。文字列で書く（1.0 は数値になるので \"1.0.0\" と引用符で囲む）。変更のたびに上げる"),
                "status": enumeration(Metadata.Status.allCases.map(\.rawValue), "状態（既定 active）。deprecated には replacedBy が必要"),
                "replacedBy": reference(kinds: DocumentKind.allCases, "後継の文書（KIND/NAME）。status: deprecated のとき必須"),
                "reviewed": date("最終レビュー日（YYYY-MM-DD）"),
                "reviewEvery": .object([
                    ("type", "string"), ("pattern", .string(ReviewInterval.pattern)),
                    ("description", "レビュー周期: 数字と d（日）, w（週）, m（月）, y（年）。例: 180d"),
                ]),
                "changelog": .object([
                    ("type", "array"), ("minItems", 1), ("description", "変更履歴。metadata.version の項目を必ず含む"),
                    (
                        "items",
                        closedObject(
                            Metadata.changeFields, required: Metadata.changeFields,
                            [
                                "version": semver("この変更のバージョン（文字列）"),
                                "date": date("変更日（YYYY-MM-DD）"),
                                "changes": text("変更内容"),
                            ])
                    ),
                ]),
            ])
    }

    // MARK: - Specs

    private var catalogSpec: JSONSchemaValue {
        let term = closedObject(
            CatalogSpec.termFields, required: ["id", "title"],
            [
                "id": slug("id（スラッグ）"), "title": text("表示名"), "description": text("説明"),
            ])
        func terms(_ description: String, minItems: Int = 0) -> JSONSchemaValue {
            .object([("type", "array"), ("description", .string(description)), ("minItems", .number(minItems)), ("items", term)])
        }
        return closedObject(
            CatalogSpec.fields, required: ["organization", "owners", "taxonomy"], description: "カタログの定義: 組織、オーナー、分類、ポリシー、サイト",
            [
                "organization": text("組織名"),
                "language": .object([("type", "string"), ("description", "サイトの言語（BCP 47、既定 ja）")]),
                "owners": .object([
                    ("type", "array"), ("minItems", 1), ("description", "文書を所有するチーム"),
                    (
                        "items",
                        closedObject(
                            CatalogSpec.ownerFields, required: ["id", "name"],
                            [
                                "id": slug("チームの id（metadata.owner で使う）"), "name": text("チーム名"), "contact": text("連絡先"),
                            ])
                    ),
                ]),
                "taxonomy": closedObject(
                    CatalogSpec.taxonomyFields, required: ["categories"], description: "分類: カテゴリ、フェーズ、ロール",
                    [
                        "categories": terms("カテゴリ（metadata.category で使う）", minItems: 1),
                        "phases": terms("プロジェクトのフェーズ（順序どおり。チェックリストの phase で使う）"),
                        "roles": terms("ロール（チェックリストの role で使う）"),
                    ]),
                "policies": referenceList(kinds: [.ruleSet], "カタログ自体に適用するルールセット（target: catalog）"),
                "site": closedObject(
                    CatalogSpec.siteFields, required: [], description: "ナレッジサイトの設定",
                    [
                        "title": text("サイト名"),
                        "baseURL": .object([("type", "string"), ("description", "公開先の URL")]),
                    ]),
            ])
    }

    private var templateSpec: JSONSchemaValue {
        let parameter = closedObject(
            TemplateSpec.parameterFields, required: ["name", "title"],
            [
                "name": .object([
                    ("type", "string"), ("pattern", "^[a-z_][a-z0-9_]*$"), ("description", "パラメーター名（英小文字・数字・_）。Mustache と式で使う"),
                ]),
                "title": text("入力時に表示する名前"),
                "help": text("説明"),
                "type": enumeration(TemplateSpec.ParameterType.allCases.map(\.rawValue), "値の型（既定 string）。enum には choices が必要"),
                "required": .object([("type", "boolean"), ("description", "必須か（既定 false）")]),
                "default": .object([("description", "既定値。他のパラメーターを {{name}} で参照できる")]),
                "pattern": .object([("type", "string"), ("description", "string の値が満たす正規表現")]),
                "choices": stringList("enum の選択肢"),
            ])
        let enumNeedsChoices: JSONSchemaValue = .object([
            ("if", .object([("properties", .object([("type", .object([("const", "enum")]))])), ("required", ["type"])])),
            ("then", .object([("required", ["choices"]), ("properties", .object([("choices", .object([("minItems", 1)]))]))])),
        ])
        let file = closedObject(
            TemplateSpec.fileFields, required: ["source", "target"],
            [
                "source": .object([
                    ("type", "string"), ("minLength", 1), ("pattern", "^(?!/)(?!.*(^|/)\\.\\.(/|$)).*$"),
                    ("description", "files/ の下のパス（.. や絶対パスは不可）"),
                ]),
                "target": .object([
                    ("type", "string"), ("minLength", 1), ("pattern", "^(?!/)(?!.*(^|/)\\.\\.(/|$)).*$"),
                    ("description", "プロジェクト内の出力先パス（Mustache で展開。.. や絶対パスは不可）"),
                ]),
                "policy": enumeration(
                    TemplateSpec.Policy.allCases.map(\.rawValue), "managed: 標準が管理し差分を検出、seeded: 初回だけ書きチームが所有（既定 managed）"),
                "when": text("この式が真のときだけ出力する（パラメーターを参照）"),
            ])
        return closedObject(
            TemplateSpec.fields, required: ["files"], description: "テンプレート: パラメーター、出力ファイル、付与するチェックリストとルール",
            [
                "parameters": .object([
                    ("type", "array"), ("description", "pmo new で入力するパラメーター"),
                    ("items", parameter.adding(("allOf", [enumNeedsChoices]))),
                ]),
                "files": .object([("type", "array"), ("description", "出力するファイル"), ("items", file)]),
                "checklists": referenceList(kinds: [.checklist], "新しいプロジェクトに付けるチェックリスト"),
                "rules": referenceList(kinds: [.ruleSet], "新しいプロジェクトに適用するルールセット（target: project）"),
            ])
    }

    private var checklistSpec: JSONSchemaValue {
        let verify = closedObject(
            ChecklistSpec.verifyFields, required: [], description: "自動確認: assert（式）か rule（RULESET/RULE-ID）のどちらか一つ",
            [
                "assert": text("プロジェクトに対して評価する式"),
                "rule": .object([("type", "string"), ("pattern", "^[^/]+/[^/]+$"), ("description", "ルール（RULESET-NAME/RULE-ID）")]),
            ]
        ).adding(("oneOf", [.object([("required", ["assert"])]), .object([("required", ["rule"])])]))
        let item = closedObject(
            ChecklistSpec.itemFields, required: ["id", "text"],
            [
                "id": text("チェックリスト内で一意の id（例: KO-01）"),
                "text": text("確認する内容"),
                "phase": slug("フェーズの id（catalog.yaml の taxonomy.phases）"),
                "role": slug("担当ロールの id（catalog.yaml の taxonomy.roles）"),
                "evidence": text("必要な証跡"),
                "help": text("補足説明"),
                "verify": verify,
                "formerly": stringList("以前の版での id（改名した項目。プロジェクトの記録を引き継ぐ）"),
            ])
        return closedObject(
            ChecklistSpec.fields, required: ["items"], description: "チェックリスト",
            [
                "items": .object([("type", "array"), ("description", "確認項目"), ("items", item)])
            ])
    }

    private var ruleSetSpec: JSONSchemaValue {
        let check: JSONSchemaValue = .object([
            ("type", "object"), ("required", ["type"]),
            ("description", "組み込みチェック。type ごとに path, pattern, at, equals, heading, columns を使う"),
            (
                "properties",
                .object([
                    ("type", enumeration(RuleSetSpec.checkTypes, "チェックの種類")),
                    ("path", text("対象ファイルのパス（プロジェクト内）")),
                ])
            ),
        ])
        let rule = closedObject(
            RuleSetSpec.ruleFields, required: ["id", "severity", "title"],
            [
                "id": slug("ルールの id（ルールセット内で一意のスラッグ）"),
                "severity": enumeration(RuleSetSpec.Severity.allCases.map(\.rawValue), "重大度"),
                "title": text("ルールの名前"),
                "description": text("なぜこのルールがあるか"),
                "when": text("この式が真のときだけ適用する"),
                "assert": text("満たすべき式（check とどちらか一つ）"),
                "check": check,
                "message": text("違反時のメッセージ（既定は title）"),
                "help": text("直し方"),
                "examples": .object([("type", "object"), ("description", "pass / fail の例。pmo validate がテストとして実行する")]),
            ]
        ).adding(("oneOf", [.object([("required", ["assert"])]), .object([("required", ["check"])])]))
        return closedObject(
            RuleSetSpec.fields, required: ["target", "rules"], description: "ルールセット",
            [
                "target": enumeration(RuleSetSpec.Target.allCases.map(\.rawValue), "project: プロジェクトを検査、catalog: カタログの文書を検査"),
                "rules": .object([("type", "array"), ("description", "ルール"), ("items", rule)]),
            ])
    }

    private var pageSpec: JSONSchemaValue {
        closedObject(
            PageSpec.fields, required: [], description: "ナレッジページ: body か bodyFile のどちらか一つ",
            [
                "body": .object([("type", "string"), ("description", "本文（Markdown）")]),
                "bodyFile": .object([
                    ("type", "string"), ("minLength", 1), ("pattern", "^(?!/)(?!.*(^|/)\\.\\.(/|$)).*$"),
                    ("description", "本文の Markdown ファイル（この YAML と同じフォルダ）"),
                ]),
                "related": referenceList(kinds: DocumentKind.allCases, "関連する文書（KIND/NAME）"),
            ]
        ).adding(("oneOf", [.object([("required", ["body"])]), .object([("required", ["bodyFile"])])]))
    }

    private var campaignSpec: JSONSchemaValue {
        let scope = closedObject(
            CampaignSpec.scopeFields, required: [], description: "対象のプロジェクト（省略時はすべて）",
            [
                "templates": referenceList(kinds: [.template], "このテンプレートから作られたプロジェクト（template/NAME）"),
                "owners": stringList("このチームが所有するプロジェクト（catalog.yaml の owners の id）"),
            ])
        return closedObject(
            CampaignSpec.fields, required: ["target", "deadline"], description: "キャンペーン: 期日までに全プロジェクトが満たす目標",
            [
                "target": text("目標の式（CEL）。プロジェクトの報告（pmo report）の項目を変数として使う。例: lint.errors == 0"),
                "deadline": date("期日（YYYY-MM-DD）"),
                "appliesTo": scope,
                "guidance": .object([("type", "string"), ("description", "目標の理由と達成のしかた（Markdown）")]),
            ])
    }

    // MARK: - Building blocks

    /// An object with exactly `fields` as properties, in that order; a field missing from
    /// `properties` gets no description, which the tests catch.
    private typealias Member = JSONSchemaValue.Member

    private func closedObject(
        _ fields: [String], required: [String], description: String? = nil,
        _ properties: [String: JSONSchemaValue]
    ) -> JSONSchemaValue {
        var members: [(String, JSONSchemaValue)] = [("type", "object")]
        if let description { members.append(("description", .string(description))) }
        if !required.isEmpty { members.append(("required", .array(required.map(JSONSchemaValue.string)))) }
        members.append(("properties", .object(fields.map { ($0, properties[$0] ?? .object([Member]())) })))
        members.append(("additionalProperties", false))
        return .object(members)
    }

    private func text(_ description: String) -> JSONSchemaValue {
        .object([("type", "string"), ("minLength", 1), ("description", .string(description))])
    }

    private func slug(_ description: String) -> JSONSchemaValue {
        .object([
            ("type", "string"), ("pattern", "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"), ("maxLength", 63), ("description", .string(description)),
        ])
    }

    private func semver(_ description: String) -> JSONSchemaValue {
        .object([("type", "string"), ("pattern", .string(Semver.pattern)), ("description", .string(description))])
    }

    private func date(_ description: String) -> JSONSchemaValue {
        .object([("type", "string"), ("pattern", .string(CalendarDate.pattern)), ("description", .string(description))])
    }

    private func enumeration(_ values: [String], _ description: String) -> JSONSchemaValue {
        .object([("type", "string"), ("enum", .array(values.map(JSONSchemaValue.string))), ("description", .string(description))])
    }

    private func stringList(_ description: String) -> JSONSchemaValue {
        .object([("type", "array"), ("items", .object([("type", "string")])), ("description", .string(description))])
    }

    private func reference(kinds: [DocumentKind], _ description: String) -> JSONSchemaValue {
        let alternatives = kinds.map(\.referenceName).joined(separator: "|")
        return .object([
            ("type", "string"), ("pattern", .string("^(\(alternatives))/[a-z0-9]([-a-z0-9]*[a-z0-9])?$")),
            ("description", .string(description)),
        ])
    }

    private func referenceList(kinds: [DocumentKind], _ description: String) -> JSONSchemaValue {
        .object([("type", "array"), ("items", reference(kinds: kinds, "KIND/NAME")), ("description", .string(description))])
    }
}
