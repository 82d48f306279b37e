/// The search page's script (`assets/search.js`). The matching core (`PMOSearch.search`) needs no DOM,
/// so the tests run this very file under Node against the generated index; the page part reads `?q=`,
/// searches on load and as you type, and writes hits into `<ol id="search-results">` with DOM APIs only.
enum SearchScript {
    static let source = #"""
        /* pmo search: works from file:// — the index is a plain script that sets PMO_SEARCH_INDEX. */
        var PMOSearch = (function () {
          "use strict";
          function isCJK(c) {
            return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3005 && c <= 0x3007) || (c >= 0x31F0 && c <= 0x31FF) ||
              (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
              (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x20000 && c <= 0x2FFFF);
          }
          function isWordChar(ch) {
            return ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9"));
          }
          function normalize(text) {
            return String(text).normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
          }
          /* Query terms: NFKC, lower case; space-separated words, or "quoted phrases" kept whole. */
          function parseQuery(query) {
            var q = normalize(query), terms = [], re = /"([^"]*)"|(\S+)/g, m;
            while ((m = re.exec(q)) !== null) {
              var term = (m[1] !== undefined ? m[1] : m[2]).replace(/"/g, "").trim();
              if (term && terms.indexOf(term) < 0) terms.push(term);
            }
            return terms;
          }
          /* Same keys as the Swift index builder: CJK bigrams and runs of [a-z0-9]. */
          function keys(term) {
            var out = [], prev = null, word = "";
            for (var ch of term) {
              var c = ch.codePointAt(0);
              if ((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9")) { word += ch; }
              else if (word) { out.push(["w", word]); word = ""; }
              if (isCJK(c)) { if (prev !== null) out.push(["b", prev + ch]); prev = ch; } else { prev = null; }
            }
            if (word) out.push(["w", word]);
            return out;
          }
          function decode(list) {
            var out = [], n = 0, parts = list.split(",");
            for (var i = 0; i < parts.length; i++) { n += parseInt(parts[i], 36); out.push(n); }
            return out;
          }
          function prepare(index) {
            if (index.prepared) return index.prepared;
            /* Page furniture is shared between documents: lower-cased once per distinct text. */
            var furniture = index.furniture || [], furnitureLower = furniture.map(function (f) { return f.toLowerCase(); });
            var docs = index.docs.map(function (d) {
              var fields = [d.t, d.d, d.g, d.x, furniture[d.f] || ""];
              var lower = fields.map(function (f, i) { return i === 4 ? furnitureLower[d.f] || "" : f.toLowerCase(); });
              var shown = fields.map(function (f, i) { return lower[i].length === f.length ? f : lower[i]; });
              return { url: d.u, kind: d.k, title: d.t, lower: lower, shown: shown };
            });
            index.prepared = { docs: docs, bigrams: index.bigrams, words: index.words, cache: {} };
            return index.prepared;
          }
          function postings(p, kind, key) {
            var id = kind + key;
            if (p.cache[id] === undefined) {
              var raw = (kind === "b" ? p.bigrams : p.words)[key];
              p.cache[id] = Object.prototype.hasOwnProperty.call(kind === "b" ? p.bigrams : p.words, key) ? decode(raw) : [];
            }
            return p.cache[id];
          }
          /* Every position where term occurs in text, Latin words whole at the term's edges. */
          function occurrences(text, term, limit) {
            var out = [], from = 0, first = term[0], last = term[term.length - 1];
            var checkStart = isWordChar(first), checkEnd = isWordChar(last);
            while (out.length < limit) {
              var at = text.indexOf(term, from);
              if (at < 0) break;
              var ok = (!checkStart || !isWordChar(text[at - 1])) && (!checkEnd || !isWordChar(text[at + term.length]));
              if (ok) out.push(at);
              from = at + 1;
            }
            return out;
          }
          function intersect(a, b) {
            var out = [], i = 0, j = 0;
            while (i < a.length && j < b.length) {
              if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
            }
            return out;
          }
          /* Title, description, keywords, body (each occurrence, up to 10), page furniture (fixed labels). */
          var WEIGHTS = [10, 3, 5, 1, 0.5];
          /* Hits for a query: each term must occur contiguously in one field of the document's page. */
          function search(index, query) {
            var p = prepare(index), terms = parseQuery(query);
            if (!terms.length) return [];
            var candidates = null;
            terms.forEach(function (term) {
              keys(term).forEach(function (k) {
                var list = postings(p, k[0], k[1]);
                candidates = candidates === null ? list : intersect(candidates, list);
              });
            });
            if (candidates === null) candidates = p.docs.map(function (_, i) { return i; });
            var hits = [];
            candidates.forEach(function (n) {
              var doc = p.docs[n], score = 0;
              for (var t = 0; t < terms.length; t++) {
                var termScore = 0;
                for (var f = 0; f < WEIGHTS.length; f++) {
                  var count = occurrences(doc.lower[f], terms[t], 10).length;
                  if (count) termScore += WEIGHTS[f] * (f === 3 ? count : 1);
                }
                if (!termScore) return;
                score += termScore;
              }
              hits.push({ url: doc.url, title: doc.title, kind: doc.kind, score: score, snippet: null, n: n });
            });
            hits.sort(function (a, b) { return b.score - a.score || a.n - b.n; });
            addSnippets(p, hits, terms, 0, SNIPPETS);
            return hits;
          }
          /* Snippets cost more than ranking: made for the hits shown, SNIPPETS at a time. */
          var SNIPPETS = 100;
          function addSnippets(p, hits, terms, from, count) {
            for (var h = from; h < hits.length && h < from + count; h++) {
              if (hits[h].snippet === null) hits[h].snippet = snippet(p.docs[hits[h].n], terms);
            }
          }
          function more(index, hits, query, from) {
            addSnippets(prepare(index), hits, parseQuery(query), from, SNIPPETS);
          }
          /* A window of the body (else the description, else the furniture) around the first hit, as [text, isMark] parts. */
          var SNIPPET_FIELDS = [3, 1, 4];
          function snippet(doc, terms) {
            var field = 3, at = -1;
            for (var s = 0; s < SNIPPET_FIELDS.length && at < 0; s++) {
              var f = SNIPPET_FIELDS[s];
              terms.forEach(function (term) {
                var o = occurrences(doc.lower[f], term, 1);
                if (o.length && (at < 0 || o[0] < at)) { at = o[0]; field = f; }
              });
            }
            var text = doc.shown[field], lower = doc.lower[field];
            if (at < 0) { field = 1; text = doc.shown[1]; lower = doc.lower[1]; at = 0; }
            var start = Math.max(0, at - 30), end = Math.min(text.length, at + 90);
            var marks = [];
            terms.forEach(function (term) {
              occurrences(lower.slice(start, end), term, 50).forEach(function (o) { marks.push([o, o + term.length]); });
            });
            marks.sort(function (a, b) { return a[0] - b[0]; });
            var parts = [], pos = 0, win = text.slice(start, end);
            if (start > 0) parts.push(["…", false]);
            marks.forEach(function (m) {
              if (m[0] < pos) return;
              if (m[0] > pos) parts.push([win.slice(pos, m[0]), false]);
              parts.push([win.slice(m[0], m[1]), true]);
              pos = m[1];
            });
            if (pos < win.length) parts.push([win.slice(pos), false]);
            if (end < text.length) parts.push(["…", false]);
            return parts;
          }
          return { search: search, more: more, prepare: prepare, pageSize: SNIPPETS, parseQuery: parseQuery, normalize: normalize };
        })();

        (function () {
          "use strict";
          if (typeof document === "undefined") return;
          var input = document.getElementById("search-input");
          var list = document.getElementById("search-results");
          var status = document.getElementById("search-status");
          if (!input || !list || !status) return;
          var base = document.documentElement.getAttribute("data-root") || "";
          var clock = typeof performance !== "undefined" ? performance : Date;
          if (typeof PMO_SEARCH_INDEX !== "undefined") {
            /* Decoding the index once, before the first query: data-prepare-ms tells how long it took. */
            var preparing = clock.now();
            PMOSearch.prepare(PMO_SEARCH_INDEX);
            status.setAttribute("data-prepare-ms", (clock.now() - preparing).toFixed(1));
          }
          var current = null;
          function show(query) {
            while (list.firstChild) list.removeChild(list.firstChild);
            current = null;
            if (typeof PMO_SEARCH_INDEX === "undefined") { status.textContent = "検索インデックスを読み込めませんでした。"; return; }
            if (!PMOSearch.parseQuery(query).length) { status.textContent = "キーワードを入力してください。"; return; }
            var started = clock.now();
            var hits = PMOSearch.search(PMO_SEARCH_INDEX, query);
            var ms = clock.now() - started;
            /* data-ms: how long the search took, for `make bench` to read from the DOM. */
            status.setAttribute("data-ms", ms.toFixed(1));
            status.textContent = hits.length ? hits.length + "件見つかりました（" + Math.round(ms) + " ms）" : "0件: 「" + query + "」に一致する文書はありません。";
            current = { query: query, hits: hits, shown: 0 };
            append();
          }
          /* Shows the next page of hits, and a button for the rest. */
          function append() {
            var old = document.getElementById("search-more");
            if (old) old.parentNode.removeChild(old);
            var from = current.shown, to = Math.min(current.hits.length, from + PMOSearch.pageSize);
            PMOSearch.more(PMO_SEARCH_INDEX, current.hits, current.query, from);
            current.hits.slice(from, to).forEach(function (hit) {
              var li = document.createElement("li");
              var a = document.createElement("a");
              a.href = base + hit.url;
              a.textContent = hit.title;
              var kind = document.createElement("span");
              kind.className = "kind-note";
              kind.textContent = hit.kind;
              var p = document.createElement("p");
              p.className = "snippet";
              hit.snippet.forEach(function (part) {
                if (part[1]) { var mark = document.createElement("mark"); mark.textContent = part[0]; p.appendChild(mark); }
                else p.appendChild(document.createTextNode(part[0]));
              });
              li.appendChild(a);
              li.appendChild(document.createTextNode(" "));
              li.appendChild(kind);
              li.appendChild(p);
              list.appendChild(li);
            });
            current.shown = to;
            if (to < current.hits.length) {
              var button = document.createElement("button");
              button.type = "button";
              button.id = "search-more";
              button.textContent = "さらに表示（残り" + (current.hits.length - to) + "件）";
              button.addEventListener("click", append);
              list.parentNode.insertBefore(button, list.nextSibling);
            }
          }
          var params = new URLSearchParams(window.location.search);
          var initial = params.get("q") || "";
          input.value = initial;
          show(initial);
          input.addEventListener("input", function () { show(input.value); });
        })();
        """#
}
