#include "html_assets.hpp"

namespace annalist::formats::detail {

// Colours come from variables so one block switches the page to dark; print drops
// the controls and the colours and keeps every event on one page where it can.
const std::string_view page_style = R"css(
:root{--bg:#fbfaf7;--fg:#1c1c1e;--muted:#5d6166;--line:#d4cfc6;--card:#fff;--accent:#a3400f;--mark:#fde68a}
@media (prefers-color-scheme:dark){:root{--bg:#141518;--fg:#e7e5e1;--muted:#a3a7ae;--line:#3b3e45;--card:#1e2025;--accent:#f59e5b;--mark:#7c5a10}}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{color-scheme:light dark}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
header,main{max-width:46rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.5rem;line-height:1.25;margin:1.5rem 0 .25rem;overflow-wrap:anywhere}
.summary{color:var(--muted);margin:0}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;margin:1rem 0 1.5rem}
.controls input[type=search]{flex:1 1 14rem;font:inherit;padding:.45rem .7rem;border:1px solid var(--line);border-radius:.4rem;background:var(--card);color:var(--fg)}
.controls label{white-space:nowrap}
#status{color:var(--muted);font-size:.9rem;flex-basis:100%}
h2{font-size:1.35rem;margin:1.5rem 0 .5rem}
h3{font-size:1rem;color:var(--muted);font-weight:600;margin:1rem 0 .5rem;text-transform:uppercase;letter-spacing:.04em}
ol{list-style:none;margin:0;padding:0 0 0 1.4rem;border-left:2px solid var(--line)}
li.item{position:relative;margin:0 0 1rem;padding:.7rem .9rem;background:var(--card);border:1px solid var(--line);border-radius:.5rem;break-inside:avoid}
li.item::before{content:"";position:absolute;left:calc(-1.4rem - 8px);top:1rem;width:12px;height:12px;border-radius:50%;background:var(--accent);border:2px solid var(--bg)}
li.coarse::before{height:2.2rem;top:.6rem;border-radius:6px}
li.approx::before{background:var(--bg);border:2px dashed var(--accent)}
li.citation{border-style:dashed;font-size:.92rem}
li.citation::before{background:var(--muted)}
.when{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .6rem;margin:0 0 .2rem}
.date{font-weight:700;color:var(--accent)}
.grain{font-size:.75rem;color:var(--muted);border:1px solid var(--line);border-radius:1rem;padding:0 .45rem;text-transform:uppercase;letter-spacing:.04em}
.span{display:block;width:100%;max-width:18rem;height:.45rem;margin:.3rem 0 .1rem}
.span .period{fill:var(--line)}
.span .part{fill:var(--accent)}
.range{font-size:.8rem;color:var(--muted)}
h4{font-size:1.05rem;margin:.2rem 0;overflow-wrap:anywhere}
.sentence{margin:.2rem 0;overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;border-radius:.2rem;padding:0 .1rem}
.sources{margin:.35rem 0 0;font-size:.88rem;color:var(--muted);overflow-wrap:anywhere}
a{color:var(--accent)}
footer{max-width:46rem;margin:2rem auto;padding:0 1rem;color:var(--muted);font-size:.85rem}
@media (max-width:30rem){body{font-size:15px}ol{padding-left:1rem}li.item::before{left:calc(-1rem - 8px)}}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#333;--line:#999;--card:#fff;--accent:#000;--mark:#ddd}
.controls{display:none!important}
body{font-size:11pt}
header,main{max-width:none}
li.item{border-color:#999}
a{color:#000}
a[href]::after{content:" (" attr(href) ")";font-size:.85em}
}
)css";

// The filter keeps an item when it holds every word typed; the toggle shows the
// citations. A year or month left with nothing shown is hidden with its heading.
const std::string_view page_script = R"js(
"use strict";
(function () {
  var filter = document.getElementById("filter");
  var toggle = document.getElementById("show-citations");
  var status = document.getElementById("status");
  var items = Array.prototype.slice.call(document.querySelectorAll("li.item"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.month, section.year"));
  var total = items.filter(function (item) { return !item.classList.contains("citation"); }).length;
  function update() {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var citation = item.classList.contains("citation");
      var text = item.textContent.toLowerCase();
      var visible = (!citation || toggle.checked) && words.every(function (w) { return text.indexOf(w) >= 0; });
      item.hidden = !visible;
      if (visible && !citation) shown += 1;
    });
    sections.forEach(function (section) {
      section.hidden = section.querySelector("li.item:not([hidden])") === null;
    });
    status.textContent = shown + " of " + total + " events shown";
  }
  filter.addEventListener("input", update);
  toggle.addEventListener("change", update);
  document.getElementById("controls").hidden = false;
  update();
})();
)js";

} // namespace annalist::formats::detail
