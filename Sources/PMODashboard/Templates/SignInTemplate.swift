extension DashboardTemplates.Source {
    /// The sign-in form's body: where to go next, and whether the last token was refused.
    static let signIn = Self(
        name: "signin",
        text: """
            <p>ダッシュボードを見るには読み取りトークンが必要です（<code>pmo serve token create --reader NAME</code> で作成）。</p>
            {{#failed}}<p class="errors" role="alert">トークンが正しくないか、失効しています。</p>{{/failed}}<form class="signin" method="post" action="/signin">
            <input type="hidden" name="next" value="{{next}}">
            <label>読み取りトークン <input type="password" name="token" autocomplete="current-password" required></label>
            <button type="submit">サインイン</button>
            </form>
            """)
}
