import PMOMarkdown
import Testing

/// Examples from the CommonMark spec (0.31.2) and the GFM spec, one construct at a time: input → expected HTML.
struct SpecExampleTests {
    static let blocks: [(String, String)] = [
        // Tabs
        ("\tfoo\tbaz\t\tbim\n", "<pre><code>foo\tbaz\t\tbim\n</code></pre>\n"),
        ("  - foo\n\n\tbar\n", "<ul>\n<li>\n<p>foo</p>\n<p>bar</p>\n</li>\n</ul>\n"),
        (">\t\tfoo\n", "<blockquote>\n<pre><code>  foo\n</code></pre>\n</blockquote>\n"),
        // Thematic breaks
        ("***\n---\n___\n", "<hr />\n<hr />\n<hr />\n"),
        ("+++\n", "<p>+++</p>\n"),
        (" - - -\n", "<hr />\n"),
        ("_____________________________________\n", "<hr />\n"),
        ("Foo\n***\nbar\n", "<p>Foo</p>\n<hr />\n<p>bar</p>\n"),
        ("- foo\n***\n- bar\n", "<ul>\n<li>foo</li>\n</ul>\n<hr />\n<ul>\n<li>bar</li>\n</ul>\n"),
        // ATX headings
        (
            "# foo\n## foo\n### foo\n#### foo\n##### foo\n###### foo\n",
            "<h1>foo</h1>\n<h2>foo</h2>\n<h3>foo</h3>\n<h4>foo</h4>\n<h5>foo</h5>\n<h6>foo</h6>\n"
        ),
        ("####### foo\n", "<p>####### foo</p>\n"),
        ("#5 bolt\n\n#hashtag\n", "<p>#5 bolt</p>\n<p>#hashtag</p>\n"),
        ("# foo *bar* \\*baz\\*\n", "<h1>foo <em>bar</em> *baz*</h1>\n"),
        ("## foo ##\n  ###   bar    ###\n", "<h2>foo</h2>\n<h3>bar</h3>\n"),
        ("### foo ### b\n", "<h3>foo ### b</h3>\n"),
        ("## \n#\n### ###\n", "<h2></h2>\n<h1></h1>\n<h3></h3>\n"),
        ("    # foo\n", "<pre><code># foo\n</code></pre>\n"),
        // Setext headings
        ("Foo *bar*\n=========\n\nFoo *bar*\n---------\n", "<h1>Foo <em>bar</em></h1>\n<h2>Foo <em>bar</em></h2>\n"),
        ("Foo *bar\nbaz*\n====\n", "<h1>Foo <em>bar\nbaz</em></h1>\n"),
        ("Foo\n= =\n", "<p>Foo\n= =</p>\n"),
        ("> foo\n-----\n", "<blockquote>\n<p>foo</p>\n</blockquote>\n<hr />\n"),
        ("Foo\nbar\n---\nbaz\n", "<h2>Foo\nbar</h2>\n<p>baz</p>\n"),
        // Indented code
        ("    a simple\n      indented code block\n", "<pre><code>a simple\n  indented code block\n</code></pre>\n"),
        ("    chunk1\n\n    chunk2\n  \n \n \n    chunk3\n", "<pre><code>chunk1\n\nchunk2\n\n\n\nchunk3\n</code></pre>\n"),
        ("Foo\n    bar\n", "<p>Foo\nbar</p>\n"),
        // Fenced code
        ("```\n<\n >\n```\n", "<pre><code>&lt;\n &gt;\n</code></pre>\n"),
        ("~~~\naaa\n```\n~~~\n", "<pre><code>aaa\n```\n</code></pre>\n"),
        ("```\naaa\n", "<pre><code>aaa\n</code></pre>\n"),
        (" ```\n aaa\naaa\n```\n", "<pre><code>aaa\naaa\n</code></pre>\n"),
        ("```ruby\ndef foo(x)\n  return 3\nend\n```\n", "<pre><code class=\"language-ruby\">def foo(x)\n  return 3\nend\n</code></pre>\n"),
        ("~~~~    ruby startline=3 $%@#$\ndef foo(x)\n~~~~~~~\n", "<pre><code class=\"language-ruby\">def foo(x)\n</code></pre>\n"),
        ("``` aa ```\nfoo\n", "<p><code>aa</code>\nfoo</p>\n"),
        ("> ```\n> aaa\n\nbbb\n", "<blockquote>\n<pre><code>aaa\n</code></pre>\n</blockquote>\n<p>bbb</p>\n"),
        // HTML blocks
        (
            "<table><tr><td>\n<pre>\n**Hello**,\n\n_world_.\n</pre>\n</td></tr></table>\n",
            "<table><tr><td>\n<pre>\n**Hello**,\n<p><em>world</em>.\n</pre></p>\n</td></tr></table>\n"
        ),
        ("<div>\n*hello*\n         <foo><a>\n", "<div>\n*hello*\n         <foo><a>\n"),
        ("<!-- foo -->*bar*\n*baz*\n", "<!-- foo -->*bar*\n<p><em>baz</em></p>\n"),
        ("<script>\nfoo\n</script>1. *bar*\n", "<script>\nfoo\n</script>1. *bar*\n"),
        ("Foo\n<a href=\"bar\">\nbaz\n", "<p>Foo\n<a href=\"bar\">\nbaz</p>\n"),
        ("<del>*foo*</del>\n", "<p><del><em>foo</em></del></p>\n"),
        ("<!c<p\n", "<!c<p\n"),
        // Link reference definitions
        ("[foo]: /url \"title\"\n\n[foo]\n", "<p><a href=\"/url\" title=\"title\">foo</a></p>\n"),
        ("   [foo]: \n      /url  \n           'the title'  \n\n[foo]\n", "<p><a href=\"/url\" title=\"the title\">foo</a></p>\n"),
        ("[foo]: /url 'title\n\nwith blank line'\n\n[foo]\n", "<p>[foo]: /url 'title</p>\n<p>with blank line'</p>\n<p>[foo]</p>\n"),
        ("[FOO]: /url\n\n[Foo]\n", "<p><a href=\"/url\">Foo</a></p>\n"),
        ("[foo]: /url \"title\" ok\n", "<p>[foo]: /url &quot;title&quot; ok</p>\n"),
        (
            "[foo]: /foo-url \"foo\"\n[bar]: /bar-url\n  \"bar\"\n\n[foo],\n[bar]\n",
            "<p><a href=\"/foo-url\" title=\"foo\">foo</a>,\n<a href=\"/bar-url\" title=\"bar\">bar</a></p>\n"
        ),
        // Paragraphs and blank lines
        ("aaa\n\nbbb\n", "<p>aaa</p>\n<p>bbb</p>\n"),
        ("  aaa\n bbb\n", "<p>aaa\nbbb</p>\n"),
        ("aaa     \nbbb     \n", "<p>aaa<br />\nbbb</p>\n"),
        ("  \n\naaa\n  \n\n# aaa\n\n  \n", "<p>aaa</p>\n<h1>aaa</h1>\n"),
    ]

    static let containers: [(String, String)] = [
        // Block quotes
        ("> # Foo\n> bar\n> baz\n", "<blockquote>\n<h1>Foo</h1>\n<p>bar\nbaz</p>\n</blockquote>\n"),
        ("> bar\nbaz\n> foo\n", "<blockquote>\n<p>bar\nbaz\nfoo</p>\n</blockquote>\n"),
        ("> - foo\n- bar\n", "<blockquote>\n<ul>\n<li>foo</li>\n</ul>\n</blockquote>\n<ul>\n<li>bar</li>\n</ul>\n"),
        (">\n", "<blockquote>\n</blockquote>\n"),
        ("> foo\n\n> bar\n", "<blockquote>\n<p>foo</p>\n</blockquote>\n<blockquote>\n<p>bar</p>\n</blockquote>\n"),
        ("> > > foo\nbar\n", "<blockquote>\n<blockquote>\n<blockquote>\n<p>foo\nbar</p>\n</blockquote>\n</blockquote>\n</blockquote>\n"),
        // List items
        (
            "1.  A paragraph\n    with two lines.\n\n        indented code\n\n    > A block quote.\n",
            "<ol>\n<li>\n<p>A paragraph\nwith two lines.</p>\n<pre><code>indented code\n</code></pre>\n<blockquote>\n<p>A block quote.</p>\n</blockquote>\n</li>\n</ol>\n"
        ),
        ("- one\n\n two\n", "<ul>\n<li>one</li>\n</ul>\n<p>two</p>\n"),
        ("- one\n\n  two\n", "<ul>\n<li>\n<p>one</p>\n<p>two</p>\n</li>\n</ul>\n"),
        ("-one\n\n2.two\n", "<p>-one</p>\n<p>2.two</p>\n"),
        ("123456789. ok\n", "<ol start=\"123456789\">\n<li>ok</li>\n</ol>\n"),
        ("1234567890. not ok\n", "<p>1234567890. not ok</p>\n"),
        ("0. ok\n", "<ol start=\"0\">\n<li>ok</li>\n</ol>\n"),
        (
            "-\n  foo\n-\n  ```\n  bar\n  ```\n-\n      baz\n",
            "<ul>\n<li>foo</li>\n<li>\n<pre><code>bar\n</code></pre>\n</li>\n<li>\n<pre><code>baz\n</code></pre>\n</li>\n</ul>\n"
        ),
        ("-\n\n  foo\n", "<ul>\n<li></li>\n</ul>\n<p>foo</p>\n"),
        (
            "- foo\n  - bar\n    - baz\n      - boo\n",
            "<ul>\n<li>foo\n<ul>\n<li>bar\n<ul>\n<li>baz\n<ul>\n<li>boo</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n"
        ),
        ("- - foo\n", "<ul>\n<li>\n<ul>\n<li>foo</li>\n</ul>\n</li>\n</ul>\n"),
        // Lists
        ("- foo\n- bar\n+ baz\n", "<ul>\n<li>foo</li>\n<li>bar</li>\n</ul>\n<ul>\n<li>baz</li>\n</ul>\n"),
        (
            "The number of windows in my house is\n14.  The number of doors is 6.\n",
            "<p>The number of windows in my house is\n14.  The number of doors is 6.</p>\n"
        ),
        ("- foo\n\n- bar\n\n\n- baz\n", "<ul>\n<li>\n<p>foo</p>\n</li>\n<li>\n<p>bar</p>\n</li>\n<li>\n<p>baz</p>\n</li>\n</ul>\n"),
        ("- a\n- b\n\n- c\n", "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ul>\n"),
        ("- a\n  - b\n\n    c\n- d\n", "<ul>\n<li>a\n<ul>\n<li>\n<p>b</p>\n<p>c</p>\n</li>\n</ul>\n</li>\n<li>d</li>\n</ul>\n"),
        (
            "1. a\n\n   2. b\n\n      3. c\n",
            "<ol>\n<li>\n<p>a</p>\n<ol start=\"2\">\n<li>\n<p>b</p>\n<ol start=\"3\">\n<li>c</li>\n</ol>\n</li>\n</ol>\n</li>\n</ol>\n"
        ),
        ("* a\n*\n\n* c\n", "<ul>\n<li>\n<p>a</p>\n</li>\n<li></li>\n<li>\n<p>c</p>\n</li>\n</ul>\n"),
        ("- a\n- ```\n  b\n\n\n  ```\n- c\n", "<ul>\n<li>a</li>\n<li>\n<pre><code>b\n\n\n</code></pre>\n</li>\n<li>c</li>\n</ul>\n"),
    ]

    static let inlines: [(String, String)] = [
        // Backslash escapes, entities
        (
            "\\!\\\"\\#\\$\\%\\&\\'\\(\\)\\*\\+\\,\\-\\.\\/\\:\\;\\<\\=\\>\\?\\@\\[\\\\\\]\\^\\_\\`\\{\\|\\}\\~\n",
            "<p>!&quot;#$%&amp;'()*+,-./:;&lt;=&gt;?@[\\]^_`{|}~</p>\n"
        ),
        ("\\\t\\A\\a\\ \\3\\φ\\«\n", "<p>\\\t\\A\\a\\ \\3\\φ\\«</p>\n"),
        ("foo\\\nbar\n", "<p>foo<br />\nbar</p>\n"),
        ("`` \\[\\` ``\n", "<p><code>\\[\\`</code></p>\n"),
        (
            "&nbsp; &amp; &copy; &AElig; &Dcaron;\n&frac34; &HilbertSpace; &DifferentialD;\n&ClockwiseContourIntegral; &ngE;\n",
            "<p>\u{00A0} &amp; © Æ Ď\n¾ ℋ ⅆ\n∲ ≧̸</p>\n"
        ),
        ("&#35; &#1234; &#992; &#0;\n", "<p># Ӓ Ϡ \u{FFFD}</p>\n"),
        ("&#X22; &#XD06; &#xcab;\n", "<p>&quot; ആ ಫ</p>\n"),
        (
            "&nbsp &x; &#; &#x;\n&#87654321;\n&#abcdef0;\n&ThisIsNotDefined; &hi?;\n",
            "<p>&amp;nbsp &amp;x; &amp;#; &amp;#x;\n&amp;#87654321;\n&amp;#abcdef0;\n&amp;ThisIsNotDefined; &amp;hi?;</p>\n"
        ),
        // cmark writes non-ASCII in URLs percent-encoded (/f%C3%B6%C3%B6); we keep UTF-8 (see ByteClass.appendURL).
        ("[foo](/f&ouml;&ouml; \"f&ouml;&ouml;\")\n", "<p><a href=\"/föö\" title=\"föö\">foo</a></p>\n"),
        // Code spans
        ("`foo`\n", "<p><code>foo</code></p>\n"),
        ("`` foo ` bar ``\n", "<p><code>foo ` bar</code></p>\n"),
        ("` `` `\n", "<p><code>``</code></p>\n"),
        ("``\nfoo\nbar  \nbaz\n``\n", "<p><code>foo bar   baz</code></p>\n"),
        ("`foo\\`bar`\n", "<p><code>foo\\</code>bar`</p>\n"),
        ("*foo`*`\n", "<p>*foo<code>*</code></p>\n"),
        ("```foo``\n", "<p>```foo``</p>\n"),
        // Emphasis
        ("*foo bar*\n", "<p><em>foo bar</em></p>\n"),
        ("a * foo bar*\n", "<p>a * foo bar*</p>\n"),
        ("foo*bar*\n", "<p>foo<em>bar</em></p>\n"),
        ("_foo bar_\n", "<p><em>foo bar</em></p>\n"),
        ("foo_bar_\n", "<p>foo_bar_</p>\n"),
        ("пристаням_стремятся_\n", "<p>пристаням_стремятся_</p>\n"),
        ("**foo bar**\n", "<p><strong>foo bar</strong></p>\n"),
        ("__foo, __bar__, baz__\n", "<p><strong>foo, <strong>bar</strong>, baz</strong></p>\n"),
        ("*foo **bar** baz*\n", "<p><em>foo <strong>bar</strong> baz</em></p>\n"),
        ("*foo**bar**baz*\n", "<p><em>foo<strong>bar</strong>baz</em></p>\n"),
        ("*foo**bar*\n", "<p><em>foo**bar</em></p>\n"),
        ("***foo** bar*\n", "<p><em><strong>foo</strong> bar</em></p>\n"),
        ("foo***bar***baz\n", "<p>foo<em><strong>bar</strong></em>baz</p>\n"),
        ("foo******bar*********baz\n", "<p>foo<strong><strong><strong>bar</strong></strong></strong>***baz</p>\n"),
        ("**foo*\n", "<p>*<em>foo</em></p>\n"),
        ("*foo**\n", "<p><em>foo</em>*</p>\n"),
        ("*(**foo**)*\n", "<p><em>(<strong>foo</strong>)</em></p>\n"),
        ("*a `*`*\n", "<p><em>a <code>*</code></em></p>\n"),
        ("**a<http://foo.bar/?q=**>\n", "<p>**a<a href=\"http://foo.bar/?q=**\">http://foo.bar/?q=**</a></p>\n"),
        ("*[bar*](/url)\n", "<p>*<a href=\"/url\">bar*</a></p>\n"),
        ("**日本語**です\n", "<p><strong>日本語</strong>です</p>\n"),
        ("「**重要**」と書く\n", "<p>「<strong>重要</strong>」と書く</p>\n"),
        // Strikethrough (GFM)
        ("~~Hi~~ Hello, ~there~ world!\n", "<p><del>Hi</del> Hello, <del>there</del> world!</p>\n"),
        ("This ~~has a\n\nnew paragraph~~.\n", "<p>This ~~has a</p>\n<p>new paragraph~~.</p>\n"),
        ("This will ~~~not~~~ strike.\n", "<p>This will ~~~not~~~ strike.</p>\n"),
        // Links
        ("[link](/uri \"title\")\n", "<p><a href=\"/uri\" title=\"title\">link</a></p>\n"),
        ("[link]()\n", "<p><a href=\"\">link</a></p>\n"),
        ("[link](<>)\n", "<p><a href=\"\">link</a></p>\n"),
        ("[link](/my uri)\n", "<p>[link](/my uri)</p>\n"),
        ("[link](</my uri>)\n", "<p><a href=\"/my%20uri\">link</a></p>\n"),
        ("[link](foo(and(bar)))\n", "<p><a href=\"foo(and(bar))\">link</a></p>\n"),
        ("[link](foo\\)\\:)\n", "<p><a href=\"foo):\">link</a></p>\n"),
        ("[link](foo%20b&auml;)\n", "<p><a href=\"foo%20bä\">link</a></p>\n"),
        ("[link [foo [bar]]](/uri)\n", "<p><a href=\"/uri\">link [foo [bar]]</a></p>\n"),
        ("[link *foo **bar** `#`*](/uri)\n", "<p><a href=\"/uri\">link <em>foo <strong>bar</strong> <code>#</code></em></a></p>\n"),
        ("[foo [bar](/uri)](/uri)\n", "<p>[foo <a href=\"/uri\">bar</a>](/uri)</p>\n"),
        ("[foo *bar [baz][ref]*][ref]\n\n[ref]: /uri\n", "<p>[foo <em>bar <a href=\"/uri\">baz</a></em>]<a href=\"/uri\">ref</a></p>\n"),
        ("[foo][bar]\n\n[bar]: /url \"title\"\n", "<p><a href=\"/url\" title=\"title\">foo</a></p>\n"),
        ("[foo][]\n\n[foo]: /url \"title\"\n", "<p><a href=\"/url\" title=\"title\">foo</a></p>\n"),
        ("[foo][bar][baz]\n\n[baz]: /url\n", "<p>[foo]<a href=\"/url\">bar</a></p>\n"),
        ("[ẞ]\n\n[SS]: /url\n", "<p><a href=\"/url\">ẞ</a></p>\n"),
        // Images
        ("![foo](/url \"title\")\n", "<p><img src=\"/url\" alt=\"foo\" title=\"title\" /></p>\n"),
        (
            "![foo *bar*]\n\n[foo *bar*]: train.jpg \"train & tracks\"\n",
            "<p><img src=\"train.jpg\" alt=\"foo bar\" title=\"train &amp; tracks\" /></p>\n"
        ),
        ("![foo ![bar](/url)](/url2)\n", "<p><img src=\"/url2\" alt=\"foo bar\" /></p>\n"),
        ("[![moon](moon.jpg)](/uri)\n", "<p><a href=\"/uri\"><img src=\"moon.jpg\" alt=\"moon\" /></a></p>\n"),
        // Autolinks
        ("<http://foo.bar.baz>\n", "<p><a href=\"http://foo.bar.baz\">http://foo.bar.baz</a></p>\n"),
        (
            "<https://foo.bar.baz/test?q=hello&id=22&boolean>\n",
            "<p><a href=\"https://foo.bar.baz/test?q=hello&amp;id=22&amp;boolean\">https://foo.bar.baz/test?q=hello&amp;id=22&amp;boolean</a></p>\n"
        ),
        ("<foo@bar.example.com>\n", "<p><a href=\"mailto:foo@bar.example.com\">foo@bar.example.com</a></p>\n"),
        ("<https://foo.bar/baz bim>\n", "<p>&lt;https://foo.bar/baz bim&gt;</p>\n"),
        // Raw HTML
        ("<a><bab><c2c>\n", "<p><a><bab><c2c></p>\n"),
        ("<a  /><b2\ndata=\"foo\" >\n", "<p><a  /><b2\ndata=\"foo\" ></p>\n"),
        ("<33> <__>\n", "<p>&lt;33&gt; &lt;__&gt;</p>\n"),
        ("foo <!-- this is a --\ncomment - with hyphens -->\n", "<p>foo <!-- this is a --\ncomment - with hyphens --></p>\n"),
        ("foo <?php echo $a; ?>\n", "<p>foo <?php echo $a; ?></p>\n"),
        ("<a href=\"\\\"\">\n", "<p>&lt;a href=&quot;&quot;&quot;&gt;</p>\n"),
        // Hard and soft breaks
        ("foo  \nbaz\n", "<p>foo<br />\nbaz</p>\n"),
        ("foo       \n     bar\n", "<p>foo<br />\nbar</p>\n"),
        ("foo\\\n", "<p>foo\\</p>\n"),
        ("foo \n baz\n", "<p>foo\nbaz</p>\n"),
        ("### foo  \n", "<h3>foo</h3>\n"),
    ]

    static let tables: [(String, String)] = [
        (
            "| foo | bar |\n| --- | --- |\n| baz | bim |\n",
            "<table>\n<thead>\n<tr>\n<th>foo</th>\n<th>bar</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>baz</td>\n<td>bim</td>\n</tr>\n</tbody>\n</table>\n"
        ),
        (
            "| abc | defghi |\n:-: | -----------:\nbar | baz\n",
            "<table>\n<thead>\n<tr>\n<th align=\"center\">abc</th>\n<th align=\"right\">defghi</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"center\">bar</td>\n<td align=\"right\">baz</td>\n</tr>\n</tbody>\n</table>\n"
        ),
        (
            "| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n",
            "<table>\n<thead>\n<tr>\n<th>f|oo</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b <code>|</code> az</td>\n</tr>\n<tr>\n<td>b <strong>|</strong> im</td>\n</tr>\n</tbody>\n</table>\n"
        ),
        (
            "| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n",
            "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>\n</tbody>\n</table>\n<blockquote>\n<p>bar</p>\n</blockquote>\n"
        ),
        ("| abc | def |\n| --- |\n| bar |\n", "<p>| abc | def |\n| --- |\n| bar |</p>\n"),
        (
            "| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n",
            "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>bar</td>\n<td></td>\n</tr>\n<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>\n</tbody>\n</table>\n"
        ),
        ("| abc | def |\n| --- | --- |\n", "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n</table>\n"),
    ]

    /// GFM task list items (the GFM spec's examples 279 and 280, and what is not one).
    static let taskLists: [(String, String)] = [
        (
            "- [ ] foo\n- [x] bar\n",
            "<ul>\n<li><input disabled=\"\" type=\"checkbox\"> foo</li>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> bar</li>\n</ul>\n"
        ),
        (
            "- [x] foo\n  - [ ] bar\n  - [x] baz\n- [ ] bim\n",
            "<ul>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> foo\n<ul>\n<li><input disabled=\"\" type=\"checkbox\"> bar</li>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> baz</li>\n</ul>\n</li>\n<li><input disabled=\"\" type=\"checkbox\"> bim</li>\n</ul>\n"
        ),
        (
            "1. [X] 承認済み\n\n2. [ ] 未承認\n",
            "<ol>\n<li>\n<p><input checked=\"\" disabled=\"\" type=\"checkbox\"> 承認済み</p>\n</li>\n<li>\n<p><input disabled=\"\" type=\"checkbox\"> 未承認</p>\n</li>\n</ol>\n"
        ),
        ("- [ ]\n- [y] no\n- [x]no\n", "<ul>\n<li>[ ]</li>\n<li>[y] no</li>\n<li>[x]no</li>\n</ul>\n"),
        ("[ ] not in a list\n", "<p>[ ] not in a list</p>\n"),
        ("- > [x] in a quote\n", "<ul>\n<li>\n<blockquote>\n<p>[x] in a quote</p>\n</blockquote>\n</li>\n</ul>\n"),
    ]

    @Test("GFM task list examples", arguments: taskLists.indices)
    func taskListExample(index: Int) {
        let (markdown, html) = Self.taskLists[index]
        #expect(MarkdownHTML.render(markdown) == html, "\(markdown.debugDescription)")
    }

    @Test("block examples", arguments: blocks.indices)
    func blockExample(index: Int) {
        let (markdown, html) = Self.blocks[index]
        #expect(MarkdownHTML.render(markdown) == html, "\(markdown.debugDescription)")
    }

    @Test("container examples", arguments: containers.indices)
    func containerExample(index: Int) {
        let (markdown, html) = Self.containers[index]
        #expect(MarkdownHTML.render(markdown) == html, "\(markdown.debugDescription)")
    }

    @Test("inline examples", arguments: inlines.indices)
    func inlineExample(index: Int) {
        let (markdown, html) = Self.inlines[index]
        #expect(MarkdownHTML.render(markdown) == html, "\(markdown.debugDescription)")
    }

    @Test("GFM table examples", arguments: tables.indices)
    func tableExample(index: Int) {
        let (markdown, html) = Self.tables[index]
        #expect(MarkdownHTML.render(markdown) == html, "\(markdown.debugDescription)")
    }
}
