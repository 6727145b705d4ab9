// Herodotus newsroom: the page. Plain JavaScript, no framework.
//
// One rule above all: every text that comes from an article (its words, names, quotes, places,
// headlines) goes into the page as text, through text nodes (el() below and textContent), never
// as HTML. An article holding "<script>" shows those characters.
"use strict";

(function () {
  const page = document.getElementById("main");
  let renderCount = 0;
  const tooltip = document.getElementById("tooltip");
  const notice = document.getElementById("notice");
  const stats = document.getElementById("stats");
  let codeNames = {};
  let charts = [];
  let worldLoaded = null;

  // ---- DOM helpers: children that are strings or numbers become text nodes

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === "class") node.className = v;
        else if (k === "text") node.textContent = v;
        else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
        else if (k === "dataset") Object.assign(node.dataset, v);
        else node.setAttribute(k, v === true ? "" : String(v));
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** A link to a place on this page (hash route), built from parts that are text. */
  function route(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== "") q.set(k, v);
    }
    const s = q.toString();
    return "#/" + path + (s ? "?" + s : "");
  }

  function link(path, params, ...children) {
    return el("a", { href: route(path, params) }, ...children);
  }

  /** An outside address, only when it is http(s). */
  function outsideLink(url, label) {
    if (typeof url === "string" && /^https?:\/\//i.test(url)) {
      return el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, label || url);
    }
    return label || url || "";
  }

  function fmt(n) {
    return typeof n === "number" ? n.toLocaleString("en") : String(n ?? "");
  }

  /** A CAMEO code's name as words: "make statement" for 010 (MAKE STATEMENT, NOT SPECIFIED BELOW). */
  function codeName(code) {
    const name = codeNames[code];
    return name ? name.toLowerCase().replace(/, not specified below$/, "") : "";
  }

  function codeLabel(code) {
    const name = codeName(code);
    return name ? code + " " + name : code;
  }

  // ---- the API

  async function api(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== "") q.set(k, v);
    }
    const s = q.toString();
    const response = await fetch("/api/" + path + (s ? "?" + s : ""), { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const message = body && body.error ? body.error : "HTTP " + response.status;
      const err = new Error(message);
      err.status = response.status;
      throw err;
    }
    return body;
  }

  function showError(where, e) {
    append(where, [el("p", { class: "error" }, e && e.message ? e.message : String(e))]);
  }

  // ---- tooltip

  function showTip(event, parts) {
    clear(tooltip);
    append(tooltip, parts);
    tooltip.hidden = false;
    moveTip(event);
  }

  function moveTip(event) {
    const pad = 14;
    let x = event.clientX + pad;
    let y = event.clientY + pad;
    const r = tooltip.getBoundingClientRect();
    if (x + r.width > window.innerWidth - 4) x = Math.max(4, event.clientX - r.width - pad);
    if (y + r.height > window.innerHeight - 4) y = Math.max(4, event.clientY - r.height - pad);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }

  function hideTip() {
    tooltip.hidden = true;
  }

  /** An ECharts tooltip as DOM nodes (text only), never an HTML string. */
  function chartTip(...lines) {
    const box = document.createElement("div");
    lines.forEach((line, i) => {
      if (line === null || line === undefined || line === "") return;
      box.appendChild(el("div", { class: i === 0 ? "tip-title" : "tip-sub" }, line));
    });
    return box;
  }

  // ---- the frame: navigation, counts, notice

  function setActive(view) {
    document.querySelectorAll("header nav a").forEach((a) => {
      a.classList.toggle("active", a.dataset.view === view);
    });
  }

  let statusTimer = null;
  async function refreshStatus() {
    try {
      const c = await api("corpus");
      stats.textContent = fmt(c.articles) + " articles · " + fmt(c.events) + " events · " + fmt(c.quotes) + " quotes";
      notice.textContent = c.notice || "";
      notice.hidden = !c.notice;
      clearTimeout(statusTimer);
      statusTimer = setTimeout(refreshStatus, c.notice ? 3000 : 30000);
      document.body.dataset.writable = c.writable ? "true" : "false";
    } catch (e) {
      stats.textContent = "";
      clearTimeout(statusTimer);
      statusTimer = setTimeout(refreshStatus, 10000);
    }
  }

  function disposeCharts() {
    charts.forEach((c) => c.dispose());
    charts = [];
  }

  function chart(node) {
    const c = echarts.init(node, null, { renderer: "canvas" });
    charts.push(c);
    return c;
  }

  window.addEventListener("resize", () => charts.forEach((c) => c.resize()));

  // ---- routing

  function parseHash() {
    const h = location.hash.replace(/^#\/?/, "");
    const qi = h.indexOf("?");
    const path = qi >= 0 ? h.slice(0, qi) : h;
    const params = new URLSearchParams(qi >= 0 ? h.slice(qi + 1) : "");
    const parts = path.split("/").map((p) => decodeURIComponent(p));
    return { parts, params };
  }

  /**
   * Draws the view the address names. Each drawing goes into a container of its own, so that a
   * drawing overtaken by a newer one (the address changed while it waited for the API) only
   * fills a container no longer on the page; body's data-ready and data-rendered say which view
   * and address were drawn last.
   */
  async function render() {
    const number = ++renderCount;
    const hash = location.hash;
    delete document.body.dataset.ready;
    hideTip();
    disposeCharts();
    const { parts, params } = parseHash();
    const view = parts[0] || "articles";
    setActive(view === "read" ? "" : view);
    const main = el("div", { class: "view" });
    clear(page);
    page.appendChild(main);
    document.body.dataset.view = view;
    try {
      switch (view) {
        case "read":
          await readerView(parts.slice(1).join("/"), params, main);
          break;
        case "search":
          await searchView(params, main);
          break;
        case "timeline":
          await timelineView(params, main);
          break;
        case "network":
          await networkView(params, main);
          break;
        case "map":
          await mapView(params, main);
          break;
        case "speakers":
          await speakersView(params, main);
          break;
        case "analyze":
          analyzeView(main);
          break;
        default:
          await articlesView(params, main);
      }
    } catch (e) {
      showError(main, e);
    }
    if (number === renderCount) {
      document.body.dataset.ready = view;
      document.body.dataset.rendered = hash;
    }
  }

  window.addEventListener("hashchange", render);

  // ---- articles

  async function articlesView(params, main) {
    setActive("articles");
    const offset = Number(params.get("offset") || 0);
    const limit = 50;
    const page = await api("articles", { limit, offset });
    const card = el("div", { class: "card" });
    append(main, [card]);
    append(card, [el("h1", null, "Articles"), el("p", { class: "muted" }, fmt(page.total) + " articles, latest first")]);
    const rows = page.rows.map((a) =>
      el("tr", null,
        el("td", null, a.published || ""),
        el("td", null, link("read/" + encodeURIComponent(a.article_id), null, a.headline || a.article_id),
          el("div", { class: "muted small" }, a.source || a.article_id)),
        el("td", { class: "n" }, fmt(a.events)),
        el("td", { class: "n" }, fmt(a.quotes))));
    append(card, [el("table", { class: "list", id: "article-list" },
      el("thead", null, el("tr", null, el("th", null, "Published"), el("th", null, "Article"), el("th", null, "Events"), el("th", null, "Quotes"))),
      el("tbody", null, rows))]);
    append(card, [pager(page.total, offset, limit, (o) => route("", { offset: o }))]);
  }

  function pager(total, offset, limit, href) {
    const box = el("div", { class: "pager" });
    if (offset > 0) append(box, [el("a", { href: href(Math.max(0, offset - limit)) }, "← previous")]);
    append(box, [el("span", { class: "muted small" },
      total === 0 ? "nothing" : fmt(offset + 1) + "–" + fmt(Math.min(total, offset + limit)) + " of " + fmt(total))]);
    if (offset + limit < total) append(box, [el("a", { href: href(offset + limit) }, "next →")]);
    return box;
  }

  // ---- the reader

  async function readerView(id, params, main) {
    const response = await fetch("/api/articles/" + encodeURIComponent(id));
    const body = await response.json();
    if (!response.ok) throw new Error(body && body.error ? body.error : "HTTP " + response.status);
    showDoc(body, { event: params.get("event"), quote: params.get("quote") }, main);
  }

  /** Shows an analyzed document: the text with its layers marked, and the lists beside it. */
  function showDoc(doc, focus, main) {
    const text = doc.text;
    const meta = doc.metadata || {};
    const grid = el("div", { class: "grid" });
    const article = el("article", { class: "card", id: "article" });
    const side = el("aside", { class: "side" });
    append(main, [grid]);
    append(grid, [article, side]);

    const metaLine = el("div", { class: "meta-line" },
      meta.published ? meta.published : "no date",
      " · ",
      meta.url ? outsideLink(meta.url, meta.url.replace(/^https?:\/\/(www\.)?/i, "").split("/")[0]) : doc.id,
      " · ",
      (doc.events || []).length + " events, " + (doc.quotes || []).length + " quotes, " + (doc.entities || []).length + " entities");
    append(article, [metaLine, legend()]);
    const body = el("div", { id: "article-text" });
    append(article, [body]);

    const mentions = doc.mentions || [];
    const quotes = doc.quotes || [];
    const events = doc.events || [];
    const entities = doc.entities || [];

    const detail = el("div", { class: "card", id: "event-detail" },
      el("h2", null, "Event"), el("p", { class: "muted small" }, "Click an event (a word in red) to see its code, actors, date, place and evidence."));

    // the annotations as intervals over the text
    const marks = [];
    mentions.forEach((m, i) => marks.push({ kind: "m", i, s: m.span.start, e: m.span.end }));
    quotes.forEach((q, i) => marks.push({ kind: "q", i, s: q.span.start, e: q.span.end }));
    events.forEach((ev, i) => {
      const t = ev.evidence && ev.evidence.trigger;
      if (t) marks.push({ kind: "ev", i, s: t.start, e: t.end });
    });

    const runsByEvent = new Map();
    const runsByQuote = new Map();
    const allRuns = [];
    const paragraphs = (doc.paragraphs && doc.paragraphs.length) ? doc.paragraphs : [{ span: { start: 0, end: text.length }, kind: "body" }];
    for (const p of paragraphs) {
      const ps = p.span.start;
      const pe = p.span.end;
      const para = el("p", { class: "kind-" + p.kind });
      const cuts = new Set([ps, pe]);
      for (const m of marks) {
        if (m.e <= ps || m.s >= pe) continue;
        cuts.add(Math.max(ps, m.s));
        cuts.add(Math.min(pe, m.e));
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let k = 0; k + 1 < points.length; k++) {
        const a = points[k];
        const b = points[k + 1];
        if (a >= b) continue;
        const covering = marks.filter((m) => m.s <= a && m.e >= b);
        const piece = text.slice(a, b);
        if (covering.length === 0) {
          para.appendChild(document.createTextNode(piece));
          continue;
        }
        const span = document.createElement("span");
        span.textContent = piece;
        const classes = [];
        const info = { mentions: [], quotes: [], events: [] };
        for (const m of covering) {
          if (m.kind === "m") {
            const mention = mentions[m.i];
            classes.push("m", "m-" + mention.type, mention.kind);
            info.mentions.push(m.i);
          } else if (m.kind === "q") {
            classes.push("q");
            info.quotes.push(m.i);
            if (!runsByQuote.has(m.i)) runsByQuote.set(m.i, []);
            runsByQuote.get(m.i).push(span);
          } else {
            classes.push("ev");
            info.events.push(m.i);
            if (!runsByEvent.has(m.i)) runsByEvent.set(m.i, []);
            runsByEvent.get(m.i).push(span);
          }
        }
        span.className = [...new Set(classes)].join(" ");
        if (info.quotes.length) span.dataset.quote = String(info.quotes[info.quotes.length - 1]);
        if (info.events.length) span.dataset.event = String(info.events[0]);
        span.dataset.start = String(a);
        span.dataset.end = String(b);
        span._info = info;
        allRuns.push(span);
        para.appendChild(span);
      }
      body.appendChild(para);
    }

    function runsIn(s, e) {
      return allRuns.filter((r) => Number(r.dataset.start) >= s && Number(r.dataset.end) <= e);
    }

    // hovering: the quote's speaker, the mention's entity, the event's code
    body.addEventListener("mouseover", (event) => {
      const run = event.target.closest("span[data-start]");
      if (!run || !run._info) return;
      const info = run._info;
      const parts = [];
      if (info.quotes.length) {
        const qi = info.quotes[info.quotes.length - 1];
        const q = quotes[qi];
        const sp = q.speaker;
        (runsByQuote.get(qi) || []).forEach((r) => r.classList.add("hl"));
        if (sp && sp.mention) runsIn(sp.mention.start, sp.mention.end).forEach((r) => r.classList.add("speaker-hl"));
        parts.push(el("div", { class: "tip-title" }, sp ? sp.name : "Speaker unknown"));
        const who = [sp && sp.role, sp && sp.affiliation].filter(Boolean).join(", ");
        if (who) parts.push(el("div", { class: "tip-sub" }, who));
        parts.push(el("div", { class: "tip-sub" }, q.kind + " quote" + (sp ? "" : q.unattributedReason ? ": " + q.unattributedReason : "")));
      }
      if (info.events.length) {
        const ev = events[info.events[0]];
        parts.push(el("div", { class: parts.length ? "tip-sub" : "tip-title" }, "Event " + codeLabel(ev.code) + " (click for evidence)"));
      }
      if (info.mentions.length && !info.quotes.length) {
        const m = mentions[info.mentions[0]];
        const ent = entities[m.entity];
        parts.push(el("div", { class: parts.length ? "tip-sub" : "tip-title" }, ent ? ent.name : m.text));
        parts.push(el("div", { class: "tip-sub" }, m.type.toLowerCase() + ", " + m.kind));
      }
      if (parts.length) showTip(event, parts);
    });
    body.addEventListener("mousemove", (event) => {
      if (!tooltip.hidden) moveTip(event);
    });
    body.addEventListener("mouseout", (event) => {
      const run = event.target.closest("span[data-start]");
      if (!run) return;
      body.querySelectorAll(".hl").forEach((r) => r.classList.remove("hl"));
      body.querySelectorAll(".speaker-hl").forEach((r) => r.classList.remove("speaker-hl"));
      hideTip();
    });
    body.addEventListener("click", (event) => {
      const run = event.target.closest("span[data-event]");
      if (run) selectEvent(Number(run.dataset.event));
    });

    function selectEvent(i) {
      const ev = events[i];
      body.querySelectorAll(".ev.selected").forEach((r) => r.classList.remove("selected"));
      body.querySelectorAll(".ev-sentence").forEach((r) => r.classList.remove("ev-sentence"));
      (runsByEvent.get(i) || []).forEach((r) => r.classList.add("selected"));
      const ss = ev.evidence && ev.evidence.sentenceSpan;
      if (ss) runsIn(ss.start, ss.end).forEach((r) => r.classList.add("ev-sentence"));
      clear(detail);
      append(detail, [eventDetail(doc, ev, i)]);
      const first = (runsByEvent.get(i) || [])[0];
      if (first) first.scrollIntoView({ block: "nearest" });
    }

    // the lists beside the text
    append(side, [detail]);
    const evList = el("ul", { class: "items", id: "event-list" });
    events.forEach((ev, i) => {
      const trig = ev.evidence && ev.evidence.trigger ? text.slice(ev.evidence.trigger.start, ev.evidence.trigger.end) : "";
      append(evList, [el("li", { class: "clickable", dataset: { event: String(i) }, onclick: () => selectEvent(i) },
        el("span", { class: "code" }, ev.code), " ",
        actorName(ev.source), " → ", actorName(ev.target),
        el("div", { class: "muted small" }, codeName(ev.code), trig ? " · “" + trig + "”" : "", ev.date ? " · " + ev.date : ""))]);
    });
    append(side, [el("div", { class: "card" }, el("h2", null, "Events (" + events.length + ")"), events.length ? evList : el("p", { class: "muted" }, "No events."))]);

    const qList = el("ul", { class: "items", id: "quote-list" });
    quotes.forEach((q, i) => {
      const sp = q.speaker;
      append(qList, [el("li", { class: "clickable", onclick: () => { const r = (runsByQuote.get(i) || [])[0]; if (r) r.scrollIntoView({ block: "center" }); } },
        el("strong", null, sp ? sp.name : "unknown speaker"), " ",
        el("span", { class: "tag" }, q.kind),
        el("div", { class: "quote-text small" }, text.slice(q.content.start, q.content.end)))]);
    });
    append(side, [el("div", { class: "card" }, el("h2", null, "Quotes (" + quotes.length + ")"), quotes.length ? qList : el("p", { class: "muted" }, "No quotes."))]);

    const entList = el("ul", { class: "items" });
    [...entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 25).forEach((e) => {
      append(entList, [el("li", null, el("span", { class: "legend" }, el("span", { class: "l-" + e.type }, e.name)), " ",
        el("span", { class: "muted small" }, e.type.toLowerCase() + " · " + e.mentions.length + " mentions"))]);
    });
    append(side, [el("div", { class: "card" }, el("h2", null, "Entities (" + entities.length + ")"), entList)]);

    if (focus && focus.event !== null && focus.event !== undefined && events[Number(focus.event)]) {
      selectEvent(Number(focus.event));
    } else if (focus && focus.quote !== null && focus.quote !== undefined) {
      const r = (runsByQuote.get(Number(focus.quote)) || [])[0];
      if (r) {
        r.scrollIntoView({ block: "center" });
        (runsByQuote.get(Number(focus.quote)) || []).forEach((x) => x.classList.add("hl"));
      }
    }
  }

  function actorName(actor) {
    if (!actor) return el("span", { class: "muted" }, "—");
    return el("span", null, actor.name || actor.text, actor.code ? el("span", { class: "muted small" }, " " + actor.code) : null);
  }

  function legend() {
    return el("div", { class: "legend" },
      el("span", { class: "l-PERSON" }, "person"), el("span", { class: "l-ORGANIZATION" }, "organization"),
      el("span", { class: "l-GPE" }, "country or city"), el("span", { class: "l-LOCATION" }, "location"),
      el("span", { class: "l-NORP" }, "nationality or group"), el("span", { class: "l-GROUP" }, "group"),
      el("span", { class: "l-quote" }, "quote (hover: speaker)"), el("span", { class: "l-event" }, "event (click: evidence)"));
  }

  function eventDetail(doc, ev, i) {
    const text = doc.text;
    const box = el("div", { id: "event-" + i });
    append(box, [el("h2", null, "Event ", el("span", { class: "code" }, ev.code), " ", codeName(ev.code))]);
    const actor = (a) => a ? [a.name || a.text, a.code ? " (" + a.code + ")" : "", a.text && a.name && a.text !== a.name ? " — “" + a.text + "”" : ""].join("") : "—";
    const loc = ev.location;
    const rows = [
      ["Code", ev.code + " · quad class " + ev.quadClass + " · Goldstein " + ev.goldstein + (ev.plover ? " · PLOVER " + [ev.plover.event, ev.plover.mode, ev.plover.context].filter(Boolean).join(" / ") : "")],
      ["Source", actor(ev.source)],
      ["Target", actor(ev.target)],
      ["Date", (ev.date || "unknown") + " (from " + ev.dateFrom + ")"],
      ["Place", ev.place ? ev.place + (loc ? " — " + loc.from + (loc.rule ? ": " + loc.rule : "") : "") : "unknown"],
      ["Flags", (ev.flags || []).join(", ") || "none"],
    ];
    const dl = el("dl", { class: "detail" });
    rows.forEach(([k, v]) => append(dl, [el("dt", null, k), el("dd", { dataset: { field: k.toLowerCase() } }, v)]));
    append(box, [dl]);
    const evd = ev.evidence || {};
    if (evd.sentenceSpan) {
      const s = evd.sentenceSpan;
      const sentence = el("div", { class: "evidence", id: "evidence-sentence" });
      const t = evd.trigger;
      if (t && t.start >= s.start && t.end <= s.end) {
        append(sentence, [text.slice(s.start, t.start), el("mark", null, text.slice(t.start, t.end)), text.slice(t.end, s.end)]);
      } else {
        append(sentence, [text.slice(s.start, s.end)]);
      }
      append(box, [el("h2", { style: "margin-top:.8rem" }, "Evidence"), sentence]);
    }
    const why = el("dl", { class: "detail", style: "margin-top:.5rem" },
      el("dt", null, "Pattern"), el("dd", null, evd.pattern || "—", evd.patternSource ? el("div", { class: "muted small" }, evd.patternSource) : null),
      el("dt", null, "Rules"), el("dd", null, (evd.rules || []).length ? el("ul", { style: "margin:0;padding-left:1.1rem" }, (evd.rules || []).map((r) => el("li", null, r))) : "—"));
    append(box, [why]);
    return box;
  }

  // ---- search

  const FACETS = [
    ["actor", "Actor"],
    ["root", "Event root"],
    ["place", "Place"],
    ["speaker", "Speaker"],
    ["country", "Country"],
    ["month", "Month"],
  ];

  async function searchView(params, main) {
    const q = params.get("q") || "";
    const type = params.get("type") || "article";
    const offset = Number(params.get("offset") || 0);
    const limit = 20;
    const form = el("form", { id: "search-form", class: "controls" });
    const input = el("input", { type: "search", name: "q", value: q, placeholder: "words, phrases and fields: actor:AZEGOV root:19 speaker:\"Hikmet Hajiyev\"", size: 60, "aria-label": "query" });
    const select = el("select", { name: "type", "aria-label": "what to find" },
      ["article", "quote", "event"].map((t) => el("option", { value: t, selected: t === type }, t + "s")));
    append(form, [input, select, el("button", { type: "submit" }, "Search"),
      el("span", { class: "muted small" }, "AND, OR, NOT, \"phrases\", date:[2023-09-01 TO 2023-09-30]")]);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      location.hash = route("search", { q: input.value.trim(), type: select.value });
    });
    const grid = el("div", { class: "grid" });
    const results = el("div", { class: "card", id: "results" });
    const side = el("aside", { class: "side" });
    append(main, [form, grid]);
    append(grid, [results, side]);
    if (!q) {
      append(results, [el("p", { class: "muted" }, "Type a query, or * for everything.")]);
      input.focus();
      return;
    }
    const r = await api("search", { q, type, limit, offset, facets: 10 });
    append(results, [el("p", { class: "muted", id: "result-count" }, fmt(r.total) + " " + type + (r.total === 1 ? "" : "s") + " found")]);
    for (const hit of r.hits) {
      const target = route("read/" + encodeURIComponent(hit.articleId),
        hit.type === "event" ? { event: hit.index } : hit.type === "quote" ? { quote: hit.index } : null);
      const box = el("div", { class: "hit" });
      append(box, [el("div", { class: "title" }, el("a", { href: target }, hit.headline || hit.articleId),
        hit.type !== "article" ? el("span", { class: "muted small" }, " · " + hit.type + " " + hit.index) : null)]);
      const f = hit.fields || {};
      append(box, [el("div", { class: "muted small" }, hit.date || "",
        ["actor", "code", "speaker", "place"].filter((k) => f[k] && f[k].length).map((k) => " · " + k + ": " + f[k].slice(0, 6).join(", ")))]);
      for (const p of hit.highlights || []) {
        append(box, [el("div", { class: "passage" }, "… ", marked(p), " …")]);
      }
      append(results, [box]);
    }
    append(results, [pager(r.total, offset, limit, (o) => route("search", { q, type, offset: o }))]);
    const facets = el("div", { class: "card facet", id: "facets" }, el("h2", null, "Narrow down"));
    for (const [dim, label] of FACETS) {
      const values = (r.facets || {})[dim] || [];
      if (!values.length) continue;
      append(facets, [el("h3", null, label)]);
      for (const v of values) {
        const clause = dim + ":\"" + v.value.replace(/"/g, "\\\"") + "\"";
        const next = q.trim() === "*" ? clause : "(" + q + ") AND " + clause;
        append(facets, [el("a", { href: route("search", { q: next, type }), dataset: { facet: dim } },
          el("span", null, dim === "root" ? codeLabel(v.value) : v.value), el("span", { class: "n" }, fmt(v.count)))]);
      }
    }
    append(side, [facets]);
  }

  /** A passage with its matched words marked, from the offsets the API gives. */
  function marked(passage) {
    const nodes = [];
    let at = 0;
    for (const [s, e] of passage.matches || []) {
      if (s < at) continue;
      nodes.push(passage.text.slice(at, s));
      nodes.push(el("mark", null, passage.text.slice(s, e)));
      at = e;
    }
    nodes.push(passage.text.slice(at));
    return nodes;
  }

  // ---- timeline

  async function timelineView(params, main) {
    const by = params.get("by") || "root";
    let interval = params.get("interval") || "auto";
    const card = el("div", { class: "card" });
    const controls = el("div", { class: "controls" });
    const bySel = el("select", { "aria-label": "count by" },
      el("option", { value: "root", selected: by === "root" }, "by CAMEO root code"),
      el("option", { value: "quad", selected: by === "quad" }, "by quad class"));
    const ivSel = el("select", { "aria-label": "interval" },
      ["auto", "day", "month", "year"].map((v) => el("option", { value: v, selected: v === interval }, v === "auto" ? "step: automatic" : "per " + v)));
    const go = () => { location.hash = route("timeline", { by: bySel.value, interval: ivSel.value }); };
    bySel.addEventListener("change", go);
    ivSel.addEventListener("change", go);
    append(controls, [el("h1", { style: "margin:0 1rem 0 0" }, "Events over time"), bySel, ivSel]);
    const box = el("div", { class: "chart tall", id: "chart" });
    append(card, [controls, el("p", { class: "muted small" }, "An event's day is its own when the article dates it to the day, else the article's publication day. Click a bar to see those events."), box]);
    append(main, [card]);
    if (interval === "auto") {
      const c = await api("corpus");
      const span = c.first && c.last ? (Date.parse(c.last) - Date.parse(c.first)) / 86400000 : 0;
      interval = span > 3650 ? "year" : span > 120 ? "month" : "day";
    }
    const t = await api("stats/timeline", { by, interval });
    const days = [...new Set(t.rows.map((r) => r.day))].sort();
    const keys = [...new Set(t.rows.map((r) => r.key))].sort();
    const index = new Map(days.map((d, i) => [d, i]));
    const quadColors = { 1: "#4caf50", 2: "#1b5e20", 3: "#ff9800", 4: "#c62828" };
    const series = keys.map((k) => {
      const data = new Array(days.length).fill(0);
      t.rows.filter((r) => r.key === k).forEach((r) => { data[index.get(r.day)] = r.events; });
      const name = by === "quad" ? k + " " + t.names[k] : codeLabel(k);
      return { name, type: "bar", stack: "all", data, key: k, itemStyle: by === "quad" ? { color: quadColors[k] } : undefined, emphasis: { focus: "series" } };
    });
    const c = chart(box);
    c.setOption({
      animation: false,
      tooltip: { trigger: "item", formatter: (p) => chartTip(p.seriesName, p.name + ": " + p.value + " event" + (p.value === 1 ? "" : "s")) },
      legend: { type: "scroll", top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 80 },
      xAxis: { type: "category", data: days },
      yAxis: { type: "value", name: "events", minInterval: 1 },
      dataZoom: [{ type: "slider", bottom: 20 }, { type: "inside" }],
      series,
    });
    c.on("click", (p) => {
      const s = series[p.seriesIndex];
      const day = p.name;
      const range = interval === "day" ? day : interval === "month" ? "[" + day + "-01 TO " + day + "-31]" : "[" + day + "-01-01 TO " + day + "-12-31]";
      const field = by === "quad" ? "quad:" + s.key : "root:" + s.key;
      location.hash = route("search", { q: field + " AND date:" + range, type: "event" });
    });
    box.dataset.points = String(t.rows.length);
  }

  // ---- network

  function goldsteinColor(g) {
    const x = Math.max(-10, Math.min(10, Number(g) || 0)) / 10;
    if (x < 0) return mix([150, 150, 150], [200, 30, 30], -x);
    return mix([150, 150, 150], [30, 140, 60], x);
  }

  function mix(a, b, t) {
    const c = a.map((v, i) => Math.round(v + (b[i] - v) * t));
    return "rgb(" + c.join(",") + ")";
  }

  async function networkView(params, main) {
    const limit = Number(params.get("limit") || 80);
    const card = el("div", { class: "card" });
    const box = el("div", { class: "chart tall", id: "chart" });
    append(card, [el("h1", null, "Who acts on whom"),
      el("p", { class: "muted small" }, "Actors (CAMEO codes) as nodes sized by their events; an arrow for each source → target pair, as wide as its number of events and coloured by its mean Goldstein score: ",
        el("span", { style: "color:rgb(200,30,30);font-weight:600" }, "conflict"), " · ", el("span", { style: "color:rgb(150,150,150);font-weight:600" }, "neutral"), " · ",
        el("span", { style: "color:rgb(30,140,60);font-weight:600" }, "cooperation"), ". Click an actor to see its events."), box]);
    append(main, [card]);
    const net = await api("stats/network", { limit });
    const maxNode = Math.max(1, ...net.nodes.map((n) => n.events));
    const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
    const c = chart(box);
    c.setOption({
      animation: false,
      tooltip: {
        formatter: (p) => p.dataType === "edge"
          ? chartTip(p.data.source + " → " + p.data.target, p.data.events + " event" + (p.data.events === 1 ? "" : "s") + ", mean Goldstein " + p.data.goldstein)
          : chartTip(p.data.name, p.data.label2, p.data.events + " events"),
      },
      series: [{
        type: "graph",
        layout: "force",
        roam: true,
        draggable: true,
        force: { repulsion: 260, edgeLength: [60, 180], gravity: 0.08 },
        edgeSymbol: ["none", "arrow"],
        edgeSymbolSize: 7,
        label: { show: true, position: "right", fontSize: 11 },
        data: net.nodes.map((n) => ({
          name: n.code, label2: n.name, events: n.events,
          symbolSize: 10 + 34 * Math.sqrt(n.events / maxNode),
          itemStyle: { color: "#4a6fa5" },
        })),
        links: net.edges.filter((e) => e.source !== e.target).map((e) => ({
          source: e.source, target: e.target, events: e.events, goldstein: e.goldstein,
          lineStyle: { width: 1 + 6 * (e.events / maxEdge), color: goldsteinColor(e.goldstein), opacity: 0.85, curveness: 0.15 },
        })),
      }],
    });
    c.on("click", (p) => {
      if (p.dataType === "node") location.hash = route("search", { q: "actor:" + p.data.name, type: "event" });
    });
    box.dataset.points = String(net.nodes.length);
  }

  // ---- map

  async function mapView(params, main) {
    const card = el("div", { class: "card" });
    const box = el("div", { class: "chart tall", id: "chart" });
    append(card, [el("h1", null, "Where events happened"),
      el("p", { class: "muted small" }, "Each circle is a place where events happened, sized by their number and coloured by their mean Goldstein score (red conflict, green cooperation). Scroll to zoom, drag to move, click a place to see its events."), box]);
    append(main, [card]);
    if (!worldLoaded) {
      worldLoaded = fetch("/world.geojson").then((r) => r.json()).then((geo) => echarts.registerMap("world", geo));
    }
    const [, data] = await Promise.all([worldLoaded, api("stats/places", { limit: 1000 })]);
    const places = data.places;
    const max = Math.max(1, ...places.map((p) => p.events));
    const c = chart(box);
    c.setOption({
      animation: false,
      tooltip: { trigger: "item", formatter: (p) => p.seriesType === "scatter" ? chartTip(p.data.name, p.data.country ? "country " + p.data.country : "", p.data.events + " event" + (p.data.events === 1 ? "" : "s") + " in " + p.data.articles + " article" + (p.data.articles === 1 ? "" : "s"), "mean Goldstein " + p.data.goldstein) : chartTip(p.name) },
      geo: {
        map: "world", roam: true, zoom: 1.15,
        itemStyle: { areaColor: "#e8ecf2", borderColor: "#aab4c3" },
        emphasis: { itemStyle: { areaColor: "#d7deea" }, label: { show: false } },
      },
      series: [{
        type: "scatter",
        coordinateSystem: "geo",
        data: places.map((p) => ({
          name: p.name, value: [p.lon, p.lat, p.events], events: p.events, articles: p.articles, country: p.country, goldstein: p.goldstein,
          symbolSize: 6 + 26 * Math.sqrt(p.events / max),
          itemStyle: { color: goldsteinColor(p.goldstein), opacity: 0.8, borderColor: "#fff", borderWidth: 1 },
        })),
      }],
    });
    c.on("click", (p) => {
      if (p.seriesType === "scatter") location.hash = route("search", { q: "place:\"" + p.data.name.replace(/"/g, "\\\"") + "\"", type: "event" });
    });
    box.dataset.points = String(places.length);
    const list = el("table", { class: "list", style: "margin-top:1rem" },
      el("thead", null, el("tr", null, el("th", null, "Place"), el("th", null, "Country"), el("th", null, "Events"), el("th", null, "Articles"))),
      el("tbody", null, places.slice(0, 15).map((p) => el("tr", null,
        el("td", null, link("search", { q: "place:\"" + p.name.replace(/"/g, "\\\"") + "\"", type: "event" }, p.name)),
        el("td", null, p.country || ""), el("td", { class: "n" }, fmt(p.events)), el("td", { class: "n" }, fmt(p.articles))))));
    append(card, [list]);
  }

  // ---- who said what

  async function speakersView(params, main) {
    const selected = params.get("speaker") || "";
    const data = await api("stats/speakers", { limit: 30 });
    const speakers = data.speakers;
    const grid = el("div", { class: "grid" });
    const left = el("div", { class: "card" });
    const side = el("aside", { class: "side" });
    append(main, [grid]);
    append(grid, [left, side]);
    const box = el("div", { class: "chart", id: "chart" });
    append(left, [el("h1", null, "Who said what"),
      el("p", { class: "muted small" }, "The most quoted speakers and the days they were quoted (circles sized by quotes that day; quotes in undated articles are counted, not drawn). Click a speaker to read their quotes."), box]);
    const top = speakers.slice(0, 15);
    const names = top.map((s) => s.speaker).reverse();
    const points = [];
    top.forEach((s) => (s.days || []).forEach(([day, n]) => points.push({ value: [day, s.speaker, n], name: s.speaker })));
    const c = chart(box);
    c.setOption({
      animation: false,
      grid: { left: 160, right: 30, top: 20, bottom: 60 },
      tooltip: { formatter: (p) => chartTip(p.data.value[1], p.data.value[0] + ": " + p.data.value[2] + " quote" + (p.data.value[2] === 1 ? "" : "s")) },
      xAxis: { type: "time" },
      yAxis: { type: "category", data: names, axisLabel: { width: 150, overflow: "truncate" } },
      dataZoom: [{ type: "slider", bottom: 10, xAxisIndex: 0 }, { type: "inside", xAxisIndex: 0 }],
      series: [{
        type: "scatter", data: points,
        symbolSize: (v) => 6 + 4 * Math.sqrt(v[2]),
        itemStyle: { color: "#1f5fbf", opacity: 0.7 },
      }],
    });
    c.on("click", (p) => { location.hash = route("speakers", { speaker: p.data.value[1] }); });
    box.dataset.points = String(points.length);

    const list = el("ul", { class: "items speaker-list", id: "speaker-list" });
    speakers.forEach((s) => append(list, [el("li", { class: "clickable" + (s.speaker === selected ? " active" : ""), onclick: () => { location.hash = route("speakers", { speaker: s.speaker }); } },
      el("strong", null, s.speaker), " ", el("span", { class: "muted small" }, fmt(s.quotes) + (s.quotes === 1 ? " quote" : " quotes")),
      s.role || s.affiliation ? el("div", { class: "muted small" }, [s.role, s.affiliation].filter(Boolean).join(", ")) : null)]));
    append(side, [el("div", { class: "card" }, el("h2", null, "Speakers"), speakers.length ? list : el("p", { class: "muted" }, "No quotes with a speaker yet."))]);

    if (selected) {
      const quotes = await api("quotes", { speaker: selected, limit: 200 });
      const card = el("div", { class: "card", id: "speaker-quotes", style: "margin-top:1rem" });
      append(card, [el("h2", null, selected + " — " + fmt(quotes.total) + " quote" + (quotes.total === 1 ? "" : "s"))]);
      const ul = el("ul", { class: "items" });
      quotes.rows.forEach((q) => append(ul, [el("li", null,
        el("div", { class: "quote-text" }, "“" + q.content + "”"),
        el("div", { class: "muted small" }, q.published || "", " · ",
          link("read/" + encodeURIComponent(q.article_id), { quote: q.quote }, q.headline || q.article_id), " · ", q.kind))]));
      append(card, [ul]);
      append(left, [card]);
    }
  }

  // ---- analyze

  function analyzeView(main) {
    const card = el("div", { class: "card" });
    const area = el("textarea", { id: "analyze-text", placeholder: "Paste a news article: its headline on the first line, then its text.", "aria-label": "article text" });
    const keep = el("input", { type: "checkbox", id: "analyze-keep" });
    const status = el("span", { class: "muted small" });
    const button = el("button", { type: "button", id: "analyze-button" }, "Analyze");
    const writable = document.body.dataset.writable !== "false";
    append(card, [el("h1", null, "Analyze an article"), area,
      el("div", { class: "controls", style: "margin-top:.6rem" }, button,
        writable ? el("label", null, keep, " keep it in the corpus") : el("span", { class: "muted small" }, "(the corpus is read-only here: articles are analyzed, not kept)"),
        status)]);
    append(main, [card]);
    button.addEventListener("click", async () => {
      const text = area.value;
      if (!text.trim()) return;
      button.disabled = true;
      status.textContent = "analyzing… (the first analysis loads the language models, which takes a while)";
      try {
        const response = await fetch("/api/analyze" + (keep.checked ? "?keep=true" : ""), {
          method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: text,
        });
        const body = await response.json();
        if (!response.ok) throw new Error(body && body.error ? body.error : "HTTP " + response.status);
        clear(main);
        disposeCharts();
        showDoc(body, {}, main);
        refreshStatus();
      } catch (e) {
        status.textContent = "";
        showError(card, e);
      } finally {
        button.disabled = false;
      }
    });
  }

  // ---- start

  async function start() {
    try {
      codeNames = (await api("codes")).cameo || {};
    } catch (e) {
      codeNames = {};
    }
    refreshStatus();
    await render();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
