// A chronomap scrubbable map: one pre-rendered frame per step (window.chronomapFrames, WebP
// data: URIs, or in the folder form relative file names loaded near the scrub position), a timeline with the events per step that the reader drags or plays, and
// tooltips from the events' positions computed at export time. Keys: Left/Right step,
// Home/End, Space play/pause. The frame number is kept in the address (#f12).
"use strict";
(() => {
  const data = JSON.parse(document.getElementById("data").textContent);
  const images = window.chronomapFrames;
  const frames = data.frames;
  const words = data.words;
  const img = document.querySelector(".frame");
  const map = document.querySelector(".map");
  const tooltip = document.querySelector(".tooltip");
  const label = document.querySelector(".date-label");
  const detail = document.querySelector(".date-detail");
  const track = document.querySelector(".track");
  const canvas = document.querySelector(".histogram");
  const cursor = document.querySelector(".cursor");
  const play = document.querySelector(".play");
  const playIcon = document.querySelector(".play-icon");
  const events = data.events;
  const count = events.x.length;
  let current = 0;
  let timer = null;
  let pointer = null; // last pointer position over the map, client pixels

  track.setAttribute("aria-valuemax", String(frames.length));
  document.querySelector(".axis-start").textContent = frames[0].label;
  document.querySelector(".axis-end").textContent = frames[frames.length - 1].label;

  // The folder form: the frames just ahead of (and behind) the current one are fetched, so
  // playing and small drags show decoded frames; a year by day is not loaded all at once.
  const nearby = new Map();
  function preload(k) {
    if (images[k].startsWith("data:")) return;
    for (let d = -2; d <= 6; ++d) {
      const j = k + d;
      if (j < 0 || j >= images.length || nearby.has(j)) continue;
      const image = new Image();
      image.src = images[j];
      nearby.set(j, image);
    }
    for (const j of nearby.keys()) if (j < k - 10 || j > k + 14) nearby.delete(j);
  }

  function plural(n) { return n + "\u00a0" + (n === 1 ? words.event : words.events); }

  function show(k) {
    k = Math.max(0, Math.min(frames.length - 1, k));
    current = k;
    const frame = frames[k];
    if (img.getAttribute("src") !== images[k]) img.src = images[k];
    preload(k);
    img.alt = frame.label;
    label.textContent = frame.label;
    detail.textContent = frame.window + " · " + words.events_in_step.replace("%s", plural(frame.count));
    cursor.style.left = (frames.length > 1 ? ((k + 0.5) / frames.length) * 100 : 50) + "%";
    track.setAttribute("aria-valuenow", String(k + 1));
    track.setAttribute("aria-valuetext", frame.label);
    document.body.dataset.frame = String(k);
    drawHistogram();
    if (pointer) showTooltip(pointer.x, pointer.y);
    try {
      history.replaceState(null, "", "#f" + (k + 1));
    } catch (error) { /* a sandboxed iframe may refuse: the frame still shows */ }
  }

  // [SECTION] timeline: bars of the events starting in each step, the current one in the accent.
  function drawHistogram() {
    const ratio = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(canvas.clientWidth * ratio));
    const h = Math.max(1, Math.round(canvas.clientHeight * ratio));
    if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
    const context = canvas.getContext("2d");
    context.clearRect(0, 0, w, h);
    const styles = getComputedStyle(document.documentElement);
    let max = 1;
    for (const frame of frames) max = Math.max(max, frame.count);
    const slot = w / frames.length;
    const gap = slot > 4 * ratio ? Math.max(1, slot * 0.18) : 0;
    for (let k = 0; k < frames.length; ++k) {
      const n = frames[k].count;
      if (n === 0) continue;
      const bar = Math.max(2 * ratio, (h - 4 * ratio) * Math.sqrt(n / max));
      context.fillStyle = k === current ? styles.getPropertyValue("--accent") : styles.getPropertyValue("--bars");
      context.fillRect(k * slot + gap / 2, h - bar, Math.max(1, slot - gap), bar);
    }
  }

  function frameAt(clientX) {
    const box = track.getBoundingClientRect();
    return Math.floor(((clientX - box.left) / box.width) * frames.length);
  }
  track.addEventListener("pointerdown", (event) => {
    stop();
    track.setPointerCapture(event.pointerId);
    track.focus({ preventScroll: true });
    show(frameAt(event.clientX));
    event.preventDefault();
  });
  track.addEventListener("pointermove", (event) => {
    if (track.hasPointerCapture(event.pointerId)) show(frameAt(event.clientX));
  });

  // [SECTION] playback: the whole range in at least five seconds, at most the export's fps.
  const interval = Math.max(1000 / (data.fps || 30), 5000 / frames.length);
  function stop() {
    if (timer === null) return;
    clearInterval(timer);
    timer = null;
    playIcon.textContent = "\u25B6";
    play.setAttribute("aria-label", words.play);
    play.title = words.play;
  }
  function start() {
    if (current === frames.length - 1) show(0);
    playIcon.textContent = "\u275A\u275A";
    play.setAttribute("aria-label", words.pause);
    play.title = words.pause;
    timer = setInterval(() => {
      if (current >= frames.length - 1) stop();
      else show(current + 1);
    }, interval);
  }
  play.addEventListener("click", () => (timer === null ? start() : stop()));

  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      stop();
      show(current + (event.key === "ArrowRight" ? 1 : -1));
    } else if (event.key === "Home" || event.key === "End") {
      stop();
      show(event.key === "Home" ? 0 : frames.length - 1);
    } else if (event.key === " " && event.target !== play) {
      timer === null ? start() : stop();
    } else return;
    event.preventDefault();
  });

  // [SECTION] tooltips: the events the current frame shows under the pointer, nearest first.
  function escape(text) {
    return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }
  function eventsAt(x, y, slop) {
    const frame = frames[current];
    const found = [];
    // A frame drawn as a server's density grid (or past the page's budget of events) has no
    // events to point at.
    if (frame.tips === false) return found;
    for (let i = 0; i < count; ++i) {
      if (events.start[i] >= frame.end) continue;
      if (!data.cumulative && events.end[i] <= frame.start) continue;
      const dx = events.x[i] - x, dy = events.y[i] - y;
      const d = Math.hypot(dx, dy);
      if (d <= events.r[i] + slop) found.push([d, i]);
    }
    found.sort((a, b) => a[0] - b[0]);
    return found.map((pair) => pair[1]);
  }
  function showTooltip(clientX, clientY) {
    const box = map.getBoundingClientRect();
    const scale = data.width / box.width;
    const x = (clientX - box.left) * scale, y = (clientY - box.top) * scale;
    const hits = eventsAt(x, y, 5 * scale);
    if (hits.length === 0) { tooltip.hidden = true; return; }
    let html = "";
    for (const i of hits.slice(0, 3)) {
      const [title, ...indices] = events.info[i];
      const [date, precision, place, sources] = indices.map((k) => events.texts[k]);
      html += '<div class="event"><strong>' + escape(title) + "</strong>" +
        '<div class="meta">' + escape(date) + " (" + escape(precision) + ")" + (place ? " · " + escape(place) : "") + "</div>" +
        (sources ? '<div class="meta">' + escape(sources) + "</div>" : "") + "</div>";
    }
    if (hits.length > 3) html += '<div class="more">+ ' + escape(plural(hits.length - 3)) + "</div>";
    tooltip.innerHTML = html;
    tooltip.hidden = false;
    // Beside the pointer, kept inside the map.
    const px = clientX - box.left, py = clientY - box.top;
    const w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    let left = px + 14, top = py + 14;
    if (left + w > box.width) left = Math.max(0, px - 14 - w);
    if (top + h > box.height) top = Math.max(0, py - 14 - h);
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
  }
  map.addEventListener("pointermove", (event) => {
    pointer = { x: event.clientX, y: event.clientY };
    showTooltip(event.clientX, event.clientY);
  });
  map.addEventListener("pointerdown", (event) => {
    pointer = { x: event.clientX, y: event.clientY };
    showTooltip(event.clientX, event.clientY);
  });
  map.addEventListener("pointerleave", (event) => {
    if (event.pointerType === "mouse") { pointer = null; tooltip.hidden = true; }
  });

  window.addEventListener("resize", drawHistogram);
  const start0 = parseInt(location.hash.replace(/^#f/, ""), 10);
  show(Number.isFinite(start0) ? start0 - 1 : 0);
})();
