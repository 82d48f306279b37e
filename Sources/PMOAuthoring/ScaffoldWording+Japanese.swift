extension ScaffoldWording {
    /// The Japanese scaffold (`pmo init --language ja`, the default).
    static let japanese = ScaffoldWording(
        defaultOrganization: "株式会社サンプル",
        defaultTeamName: "全社PMO",
        defaultCategories: [
            .init(id: "governance", title: "ガバナンス"), .init(id: "planning", title: "計画"),
            .init(id: "reporting", title: "報告"), .init(id: "quality", title: "品質"),
        ],
        defaultPhases: [
            .init(id: "initiation", title: "立ち上げ"), .init(id: "planning", title: "計画"),
            .init(id: "execution", title: "実行"), .init(id: "closing", title: "終結"),
        ],
        defaultRoles: [
            .init(id: "pm", title: "PM（プロジェクトマネージャー）"), .init(id: "pmo", title: "PMO"),
            .init(id: "sponsor", title: "スポンサー"), .init(id: "member", title: "メンバー"),
        ],
        firstVersion: "初版",
        catalogTitle: { "\($0) PMO標準カタログ" },
        catalogDescription: { "\($0)のPMOが管理するプロジェクト標準（テンプレート・チェックリスト・ルール・ナレッジ）の目録です。" },
        siteTitle: { "\($0) PMOナレッジカタログ" },
        policyTitle: "カタログ品質ポリシー",
        policyDescription: "標準そのものの品質を検査するルール集です。pmo validate が全ドキュメントに適用します。",
        descriptionRule: .init(
            title: "説明文が空でない",
            description: "一覧と検索結果には説明文が表示されます。10文字以上で「いつ・誰が・何のために」使うかを書きます。",
            message: "説明文（metadata.description）が空か短すぎます",
            help: "その文書を使う場面と目的を一、二文で書いてください。"),
        reviewedRule: .init(
            title: "有効な標準にはレビュー日とレビュー周期がある",
            description: "標準は放置すると現場とずれます。有効な文書には reviewed と reviewEvery を書き、鮮度をサイトで見えるようにします。",
            message: "有効な文書に reviewed または reviewEvery がありません",
            help: "metadata に reviewed（YYYY-MM-DD）と reviewEvery（例 180d, 1y）を追加してください。"),
        examplesRule: .init(
            title: "ルールには合格例と不合格例がある",
            description: "ルールの例示はそのルールのテストであり、利用者向けの説明でもあります。pass と fail を最低1つずつ書きます。",
            message: "例示（examples.pass / examples.fail）のないルールがあります",
            help: "各ルールに examples.pass と examples.fail を最低1件ずつ追加してください。"),
        pageBodyRule: .init(
            title: "ページには本文がある",
            description: "ナレッジページは本文（body）か本文ファイル（bodyFile）のどちらかを持ちます。",
            message: "ページに body も bodyFile もありません",
            help: "短い本文は spec.body に、長い本文は同じフォルダの .md を spec.bodyFile で指定してください。"),
        templateTitle: "プロジェクト標準（スターター）",
        templateDescription: "新しいプロジェクトに README とプロジェクト憲章を用意する、最初の標準テンプレートです。",
        projectNameTitle: "プロジェクト名",
        pmNameTitle: "PM氏名",
        readmeFile: """
            # {{project_name}}

            このリポジトリはPMO標準の「プロジェクト標準（スターター）」から作られました。

            - 憲章: docs/charter.md（標準が管理する文書。更新は pmo update で取り込みます）
            - 進捗: `pmo checklist` でチェックリストを、`pmo lint` で標準への適合を確認します。

            """,
        charterFile: """
            # プロジェクト憲章：{{project_name}}

            | 項目 | 内容 |
            | --- | --- |
            | PM | {{pm_name}} |

            ## 目的

            （このプロジェクトで何を実現するかを書きます）

            ## スコープ

            （含むもの・含まないものを書きます）

            """,
        purposeHeading: "目的",
        checklistTitle: "キックオフ準備",
        checklistDescription: "プロジェクトのキックオフまでに整える文書と合意を確認するチェックリストです。",
        charterItem: "プロジェクト憲章のファイルが作成されている",
        charterItemHelp: "pmo new で生成した docs/charter.md を使います。この項目は自動で確認されます。",
        approvalItem: "憲章がスポンサーに承認されている",
        approvalEvidence: "承認の記録（メールやプルリクエストの承認）のリンク",
        ruleSetTitle: "プロジェクトの基本ルール",
        ruleSetDescription: "スターターから作ったプロジェクトに憲章があり、目的が書かれているかを pmo lint で確認します。",
        charterExistsRule: .init(
            title: "プロジェクト憲章がある",
            description: "憲章はプロジェクトの目的と範囲についてのスポンサーとの合意です。",
            message: "プロジェクト憲章 {{path}} がありません",
            help: "pmo update で標準から戻すか、pmo new で作り直してください。"),
        charterPurposeRule: .init(
            title: "憲章に「目的」の章がある",
            description: "目的はすべての判断の基準になります。スコープより先に、何のためのプロジェクトかを書きます。",
            message: "{{path}} に「目的」の見出しがありません",
            help: "「## 目的」の見出しを作り、目指す状態を書いてください。"),
        pageTitle: "このカタログの使い方",
        pageDescription: "PMO標準カタログからプロジェクトを作り、標準に沿っているかを確かめる手順をまとめます。",
        pageBody: """
            ## プロジェクトを始める

            `pmo new project-starter my-project` で、標準の文書とチェックリストを持つプロジェクトができます。

            ## 標準に沿っているか確かめる

            - `pmo checklist` — チェックリストの進み具合
            - `pmo lint` — 標準のルールへの適合（CI でも実行します）
            - `pmo drift` — 標準の新しい版との差分。`pmo update` で取り込みます
            """,
        campaignTitle: "全プロジェクトの lint エラーをゼロに",
        campaignDescription: "スターターテンプレートから作ったすべてのプロジェクトが、標準のルールに lint エラーなしで沿っている状態にします。",
        campaignGuidance: """
            プロジェクトで pmo lint を実行して指摘を直すか、理由と期限をつけて waiver に記録してください。

            各プロジェクトの CI が pmo report を pmo serve に送り、ダッシュボードで達成状況が見えます。
            """,
        readme: ScaffoldWording.japaneseReadme)

    static func japaneseReadme(_ settings: CatalogSettings) -> String {
        """
        # \(settings.organization) PMO標準カタログ

        \(settings.owner.name)が管理するプロジェクト標準（テンプレート・チェックリスト・ルール・ナレッジページ）です。
        `pmo` で検証し、プロジェクトを作り、ナレッジサイトとして公開します。

        ```
        catalog/catalog.yaml      組織、オーナー、分類（カテゴリ・フェーズ・ロール）、ポリシー、サイト設定
        catalog/policies/         標準そのものを検査するルール（pmo validate が適用）
        standards/templates/      テンプレート（template.yaml と files/）
        standards/checklists/     チェックリスト
        standards/rules/          プロジェクトを検査するルール（pmo lint が適用）
        standards/pages/          ナレッジページ
        ```

        ## 文書を追加する

        1. 近い文書をコピーして `metadata.name`（半角英小文字とハイフン）・`title`・`description` を書き換えます。
        2. `version: "1.0.0"` と、同じ版の `changelog` の項目を1つ書きます。
        3. `pmo validate` でエラーがないことを確かめ、プルリクエストを出します。
           CI が `pmo validate` を実行し、main へのマージ後に `pmo publish` でサイトを公開します。

        エディタの補完には `pmo schema --out schemas/` の JSON Schema を使えます。

        ## 新しい版を出す（リリース）

        文書を変更したら、同じプルリクエストで版を上げます。

        ```sh
        pmo release template/project-starter --bump minor --note "リスク欄を追加"
        pmo validate
        ```

        `--bump` は major（互換性のない変更）・minor（追加）・patch（修正）。`metadata.version` と
        `changelog` の1行だけが書き換わり、コメントや書式はそのまま残ります。前回のリリースから文書が
        変わっていなければ警告が出ます。プロジェクトは `pmo drift` で新しい版に気づき、`pmo update` で取り込みます。

        ## よく使うコマンド

        ```sh
        pmo validate                           # カタログ全体を検査
        pmo new project-starter ../my-project  # プロジェクトを作る
        pmo publish --out site                 # ナレッジサイト（site/index.html）
        ```

        CI: GitHub Actions は `.github/workflows/catalog.yml`、GitLab CI は `.gitlab-ci.yml`。どちらも
        `pmo validate` の後に `pmo publish` でサイトを Pages に公開します。pmo の入手先は変数
        `PMO_DOWNLOAD_URL` に設定してください。コミット前の検査は `pre-commit install` で有効になります。

        """
    }
}
