// A chronomap story page: one slide shown at a time. Keys: arrows, PageUp/PageDown (what
// presentation clickers send), space, Home/End; buttons; swipe on touch screens. The slide
// number is kept in the address (#3), so a link opens at that slide.
"use strict";
(() => {
  const slides = Array.from(document.querySelectorAll(".slide"));
  const previous = document.querySelector(".controls .previous");
  const next = document.querySelector(".controls .next");
  const bar = document.querySelector(".progress-bar");
  const text = document.querySelector(".progress-text");
  const words = JSON.parse(document.getElementById("words").textContent);
  let current = 0;

  function format(template, ...values) {
    let i = 0;
    return template.replace(/%d/g, () => String(values[i++]));
  }

  function show(index) {
    index = Math.max(0, Math.min(slides.length - 1, index));
    slides[current].hidden = true;
    current = index;
    slides[current].hidden = false;
    previous.disabled = current === 0;
    next.disabled = current === slides.length - 1;
    bar.style.width = (slides.length > 1 ? (100 * current) / (slides.length - 1) : 100) + "%";
    text.textContent = format(words.slide_of, current + 1, slides.length);
    document.body.dataset.slide = String(current + 1);
    try {
      if (location.hash !== "#" + (current + 1)) history.replaceState(null, "", "#" + (current + 1));
    } catch (error) { /* a sandboxed iframe may refuse: the slide still shows */ }
  }

  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && target.closest("a, button") && (event.key === " " || event.key === "Enter")) return;
    const moves = {
      ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1,
    };
    if (event.key in moves) show(current + (event.shiftKey && event.key === " " ? -1 : moves[event.key]));
    else if (event.key === "Home") show(0);
    else if (event.key === "End") show(slides.length - 1);
    else return;
    event.preventDefault();
  });
  previous.addEventListener("click", () => show(current - 1));
  next.addEventListener("click", () => show(current + 1));

  // Swipe: a mostly horizontal move of at least 50 px.
  let touch = null;
  document.addEventListener("touchstart", (event) => {
    if (event.touches.length === 1) touch = { x: event.touches[0].clientX, y: event.touches[0].clientY };
  }, { passive: true });
  document.addEventListener("touchend", (event) => {
    if (!touch) return;
    const dx = event.changedTouches[0].clientX - touch.x, dy = event.changedTouches[0].clientY - touch.y;
    touch = null;
    if (Math.abs(dx) > 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) show(current + (dx < 0 ? 1 : -1));
  });

  const start = parseInt(location.hash.slice(1), 10);
  show(Number.isFinite(start) ? start - 1 : 0);
})();
