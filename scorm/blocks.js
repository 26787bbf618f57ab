/*
 * The lesson blocks, as plain DOM: one renderer per block type, registered by type in
 * window.ImmunoBlocks.renderers, so that other files (checks.js) add theirs the same way. Each
 * renderer gets the block as course.js bakes it (its record's fields by name; those named html,
 * ...Html and svg are the exporter's sanitised markup, every other string is text) and a context
 * {t, h, id} from the player, and returns the block's root element, which carries
 * data-block="<type>". The DOM follows the contract the app's components follow too, so one
 * Selenium test checks both renderers.
 */
(function (ImmunoBlocks) {
  "use strict";

  var renderers = ImmunoBlocks.renderers;
  var counter = 0;
  /** The word naming each kind of callout (written out, so every key the player uses can be found). */
  var CALLOUT_KINDS = { note: "block.callout.note", warning: "block.callout.warning", article: "block.callout.article" };

  /** An id unique in the page, for aria-controls and aria-labelledby. */
  function uid(prefix) {
    counter += 1;
    return prefix + "-" + counter;
  }

  /** The block's root element, as the contract names it. */
  function root(ctx, block, extra) {
    var attributes = { "data-block": block.type, class: "block block-" + block.type };
    Object.keys(extra || {}).forEach(function (k) { attributes[k] = extra[k]; });
    return ctx.h("div", attributes);
  }

  /** The block for a body part, or null when no renderer knows its type (yet). */
  ImmunoBlocks.render = function (block, ctx) {
    if (block.type === "prose") return ctx.h("div", { class: "prose", html: block.html });
    var renderer = renderers[block.type];
    return renderer ? renderer(block, ctx) : null;
  };

  renderers.callout = function (block, ctx) {
    var h = ctx.h;
    var titleId = uid("callout");
    var node = root(ctx, block, { "data-kind": block.kind, role: "note", "aria-labelledby": titleId });
    node.classList.add("callout-" + block.kind);
    node.appendChild(h("p", { class: "callout-title", id: titleId },
      h("span", { class: "callout-kind" }, ctx.t(CALLOUT_KINDS[block.kind])),
      block.title ? [" ", h("span", { class: "callout-heading" }, block.title)] : null));
    node.appendChild(h("div", { class: "callout-body", html: block.html }));
    return node;
  };

  renderers.accordion = function (block, ctx) {
    var h = ctx.h;
    var node = root(ctx, block);
    block.panels.forEach(function (panel) {
      var panelId = uid("accordion-panel");
      var header = h("button", { type: "button", class: "accordion-header", "aria-expanded": "false", "aria-controls": panelId },
        panel.title);
      var content = h("div", { class: "accordion-panel", id: panelId, role: "region", hidden: true, html: panel.html });
      header.id = panelId + "-header";
      content.setAttribute("aria-labelledby", header.id);
      // A native button: Enter and Space activate it as a click does.
      header.addEventListener("click", function () {
        var open = header.getAttribute("aria-expanded") !== "true";
        header.setAttribute("aria-expanded", String(open));
        content.hidden = !open;
      });
      node.appendChild(h("h3", { class: "accordion-heading" }, header));
      node.appendChild(content);
    });
    return node;
  };

  renderers.tabs = function (block, ctx) {
    var h = ctx.h;
    var node = root(ctx, block);
    var list = h("div", { role: "tablist", class: "tab-list" });
    var tabs = [];
    var panels = [];
    function select(index, focus) {
      tabs.forEach(function (tab, i) {
        var selected = i === index;
        tab.setAttribute("aria-selected", String(selected));
        tab.tabIndex = selected ? 0 : -1;
        panels[i].hidden = !selected;
      });
      if (focus) tabs[index].focus();
    }
    block.panels.forEach(function (panel, i) {
      var id = uid("tab");
      var tab = h("button", { type: "button", role: "tab", id: id, "aria-controls": id + "-panel", class: "tab" }, panel.title);
      tab.addEventListener("click", function () { select(i, false); });
      tab.addEventListener("keydown", function (event) {
        var n = tabs.length;
        var to = event.key === "ArrowRight" ? (i + 1) % n : event.key === "ArrowLeft" ? (i + n - 1) % n
          : event.key === "Home" ? 0 : event.key === "End" ? n - 1 : -1;
        if (to < 0) return;
        event.preventDefault();
        select(to, true);
      });
      tabs.push(tab);
      list.appendChild(tab);
      panels.push(h("div", { role: "tabpanel", id: id + "-panel", "aria-labelledby": id, tabindex: "0", class: "tab-panel",
        html: panel.html }));
    });
    node.appendChild(list);
    panels.forEach(function (panel) { node.appendChild(panel); });
    select(0, false);
    return node;
  };

  renderers.flipcards = function (block, ctx) {
    var h = ctx.h;
    var node = root(ctx, block);
    node.appendChild(h("p", { class: "flipcards-hint" }, ctx.t("block.flipcards.hint")));
    var list = h("ul", { class: "flipcards-list" });
    block.cards.forEach(function (card) {
      // The back is beside the button, not in it: a button holds phrasing text only, and its name
      // stays the front's words.
      var back = h("div", { class: "flipcard-back", html: card.backHtml });
      back.hidden = true;
      var button = h("button", { type: "button", class: "flipcard", "aria-pressed": "false" }, card.front);
      button.addEventListener("click", function () {
        var turned = button.getAttribute("aria-pressed") !== "true";
        button.setAttribute("aria-pressed", String(turned));
        back.hidden = !turned;
      });
      list.appendChild(h("li", { class: "flipcard-item" }, button, back));
    });
    node.appendChild(list);
    return node;
  };

  renderers.steps = function (block, ctx) {
    var h = ctx.h;
    var node = root(ctx, block);
    var total = block.steps.length;
    var current = 0;
    var progress = h("p", { class: "steps-progress", "aria-live": "polite" });
    var items = block.steps.map(function (step) {
      return h("div", { class: "step" }, h("h3", { class: "step-title" }, step.title), h("div", { class: "step-body", html: step.html }));
    });
    var previous = h("button", { type: "button", class: "steps-previous" }, ctx.t("block.steps.previous"));
    var next = h("button", { type: "button", class: "steps-next" }, ctx.t("block.steps.next"));
    function show(index) {
      current = index;
      items.forEach(function (item, i) { item.hidden = i !== current; });
      progress.textContent = ctx.t("block.steps.progress", current + 1, total);
      previous.disabled = current === 0;
      next.disabled = current === total - 1;
    }
    previous.addEventListener("click", function () { if (current > 0) show(current - 1); });
    next.addEventListener("click", function () { if (current < total - 1) show(current + 1); });
    node.appendChild(progress);
    items.forEach(function (item) { node.appendChild(item); });
    node.appendChild(h("div", { class: "steps-nav" }, previous, next));
    show(0);
    return node;
  };

  renderers.figure = function (block, ctx) {
    var h = ctx.h;
    var figure = h("figure", { "data-block": "figure", class: "block block-figure" });
    var picture = h("div", { class: "figure-image", html: block.svg });
    var svg = picture.querySelector("svg");
    if (svg) {
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-label", block.alt);
      svg.setAttribute("focusable", "false");
    }
    figure.appendChild(picture);
    if (block.caption) figure.appendChild(h("figcaption", null, block.caption));
    if (block.descriptionHtml) {
      var description = h("details", { class: "figure-description" },
        h("summary", null, ctx.t("block.figure.description")), h("div", { html: block.descriptionHtml }));
      // Drawn while printing (a page opened for print): open at once.
      if (window.matchMedia && window.matchMedia("print").matches) description.open = true;
      figure.appendChild(description);
    }
    return figure;
  };
  // Printed, every block shows all it holds. A closed <details> (a figure's long description)
  // keeps its content off paper whatever the stylesheet says, so printing opens them.
  var printing = window.matchMedia ? window.matchMedia("print") : null;
  function openForPrint() {
    if (printing && !printing.matches) return;
    Array.prototype.forEach.call(document.querySelectorAll(".block details"), function (d) { d.open = true; });
  }
  if (printing && printing.addEventListener) printing.addEventListener("change", openForPrint);
  window.addEventListener("beforeprint", openForPrint);
})(window.ImmunoBlocks = window.ImmunoBlocks || { renderers: {} });
