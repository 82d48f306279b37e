extension DashboardTemplates.Source {
    /// The frame of every page: `lang="ja"`, the stylesheet, the navigation and `<main>` around the page's `body`.
    static let layout = Self(
        name: "layout",
        text: """
            <!DOCTYPE html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}} — 全社PMOダッシュボード</title>
            <link rel="stylesheet" href="/dashboard.css">
            </head>
            <body>
            <header class="site-header"><a class="site-title" href="/">全社PMOダッシュボード</a>{{#signedIn}}<form method="post" action="/signout" class="signout"><button type="submit">サインアウト</button></form>{{/signedIn}}</header>
            <nav class="site-nav" aria-label="ダッシュボード"><ul>{{#sections}}<li><a href="{{path}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>{{/sections}}</ul></nav>
            <main>
            <h1>{{title}}</h1>
            {{{body}}}
            </main>
            <footer class="site-footer">pmo serve</footer>
            </body>
            </html>

            """)
}
