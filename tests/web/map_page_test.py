"""`chronomap render FILE --animate T0/T1 --step 1d --window 7d -o map.html` opened in headless
Chromium, network off: dragging the timeline changes the frame and the date, keys step, play
advances, a tooltip names the event under the pointer, and the event's exported position is
where the frame draws it (its pixels change when it enters the window).
Usage: map_page_test.py CHRONOMAP SOURCE_DIR OUT_DIR  (exit 77: no Chromium, skipped)."""
import os
import subprocess
import sys
import time

from devtools_pipe import Browser, find_chromium

chronomap, source_dir, out_dir = sys.argv[1:4]
chromium = find_chromium()
if not chromium:
    print("SKIPPED: no chromium on PATH (apt-get install chromium) - the web map page was not tested")
    sys.exit(77)
os.makedirs(out_dir, exist_ok=True)
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


page = os.path.join(out_dir, "seed-map.html")
events = os.path.join(source_dir, "examples", "seed-events.json")
run = subprocess.run([chronomap, "render", events, "--animate", "2017-09-20/2017-10-06", "--step", "1d",
                      "--window", "7d", "--bbox", "34,31,42,37.5", "-o", page], capture_output=True, text=True)
print(run.stdout + run.stderr)
check(run.returncode in (0, 1) and os.path.exists(page), "export of the seed events as a web map")

# Bad input: a clear error and nothing written.
bad = subprocess.run([chronomap, "render", events, "--animate", "2017-09-20/2017-10-06",
                      "-o", "/nonexistent-folder/map.html"], capture_output=True, text=True)
check(bad.returncode == 3 and "/nonexistent-folder does not exist" in bad.stderr,
      f"an unwritable path is refused before rendering ({bad.stderr.strip()})")

# The folder form: index.html and frames/0001.webp ... beside it, loaded near the scrub position.
folder = os.path.join(out_dir, "seed-map-folder")
run = subprocess.run([chronomap, "render", events, "--animate", "2017-09-20/2017-10-06", "--step", "1d",
                      "--window", "7d", "--bbox", "34,31,42,37.5", "--web", "-o", folder + "/"],
                     capture_output=True, text=True)
print(run.stdout + run.stderr)
check(run.returncode in (0, 1) and os.path.exists(os.path.join(folder, "frames", "0017.webp")),
      "export of the seed events as a web map folder")
mine = os.path.join(out_dir, "not-an-export")
os.makedirs(mine, exist_ok=True)
with open(os.path.join(mine, "notes.txt"), "w") as f:
    f.write("mine")
bad = subprocess.run([chronomap, "render", events, "--animate", "2017-09-20/2017-10-06", "--web", "-o", mine],
                     capture_output=True, text=True)
check(bad.returncode == 3 and "is not empty and is not an earlier chronomap export" in bad.stderr
      and os.listdir(mine) == ["notes.txt"], f"a folder of other files is refused, untouched ({bad.stderr.strip()})")

browser = Browser(chromium)
try:
    browser.open_page()
    browser.viewport(1440, 900)
    browser.navigate("file://" + page)
    frame = lambda: int(browser.evaluate("document.body.dataset.frame"))
    date = lambda: browser.evaluate("document.querySelector('.date-label').textContent")
    src = lambda: browser.evaluate("document.querySelector('.frame').currentSrc.length + ':' + document.querySelector('.frame').currentSrc.slice(-40)")
    check(browser.evaluate("document.documentElement.lang") == "fr", "<html lang=\"fr\">")
    check(frame() == 0 and date() == "20 sept. 2017", f"opens at the first frame, dated in French ({date()})")
    count = browser.evaluate("JSON.parse(document.getElementById('data').textContent).frames.length")
    check(count == 17, f"one frame per day, 20 Sept to 6 Oct inclusive (got {count})")
    check(browser.evaluate("document.querySelector('.frame').naturalWidth") > 0, "the frame image decodes")

    # Drag the timeline from its start to about two thirds.
    box = browser.evaluate("(() => { const b = document.querySelector('.track').getBoundingClientRect();"
                           " return [b.left, b.top, b.width, b.height]; })()")
    left, top, width, height = box
    y = top + height / 2
    first_src, first_date = src(), date()
    browser.mouse("mousePressed", left + 5, y, 1)
    for step in range(1, 11):
        browser.mouse("mouseMoved", left + 5 + (width * 0.66 - 5) * step / 10, y, 1)
    browser.mouse("mouseReleased", left + width * 0.66, y)
    dragged = frame()
    check(dragged == int(0.66 * count), f"dragging to 66% of the timeline shows frame {int(0.66 * count)} (got {dragged})")
    check(date() != first_date and src() != first_src, f"the date ({date()}) and the image changed")
    browser.key("ArrowRight", "ArrowRight", 39)
    check(frame() == dragged + 1, "Right steps one frame")
    browser.key("ArrowLeft", "ArrowLeft", 37)
    browser.key("ArrowLeft", "ArrowLeft", 37)
    check(frame() == dragged - 1, "Left steps back")
    browser.key("End", "End", 35)
    check(frame() == count - 1 and date() == "6 oct. 2017", f"End shows the last day ({date()})")

    # A tooltip over an event of the current frame, at its exported position.
    target = browser.evaluate("""(() => {
      const d = JSON.parse(document.getElementById('data').textContent), e = d.events;
      const f = d.frames[+document.body.dataset.frame];
      for (let i = 0; i < e.x.length; ++i)
        if (e.start[i] < f.end && e.end[i] > f.start && e.start[i] >= f.start) {
          const b = document.querySelector('.map').getBoundingClientRect();
          return [b.left + e.x[i] * b.width / d.width, b.top + e.y[i] * b.height / d.height, e.info[i][0], i];
        }
      return null; })()""")
    check(target is not None, "the last frame shows an event that starts in it")
    if target:
        x, y, title, index = target
        browser.mouse("mouseMoved", x, y)
        time.sleep(0.1)
        check(browser.evaluate("document.querySelector('.tooltip').hidden") is False, "a tooltip appears over the event")
        text = browser.evaluate("document.querySelector('.tooltip').textContent")
        check(title in text, f"the tooltip names it ({title!r} in {text!r})")
        check("(jour)" in text or "(mois)" in text, "the tooltip gives the date's precision")
        browser.screenshot(os.path.join(out_dir, "map-desktop.png"))
        # Its pixels: drawn in this frame, not in the first one (before it happened).
        pixel = """(async (k) => { const img = new Image(); img.src = window.chronomapFrames[k]; await img.decode();
          const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
          const g = c.getContext('2d'); g.drawImage(img, 0, 0);
          const d = JSON.parse(document.getElementById('data').textContent);
          const s = img.width / d.width, p = g.getImageData(Math.round(d.events.x[%d] * s) - 1, Math.round(d.events.y[%d] * s) - 1, 3, 3).data;
          let sum = [0, 0, 0]; for (let i = 0; i < p.length; i += 4) { sum[0] += p[i]; sum[1] += p[i + 1]; sum[2] += p[i + 2]; }
          return sum.map((v) => Math.round(v / 9)); })""" % (index, index)
        now, before = browser.evaluate(pixel + f"({count - 1})"), browser.evaluate(pixel + "(0)")
        difference = sum(abs(a - b) for a, b in zip(now, before))
        check(difference > 60, f"the frame draws the event at its exported position ({now} vs {before} before)")
        browser.mouse("mouseMoved", 2, 2)
        check(browser.evaluate("document.querySelector('.tooltip').hidden") is True, "the tooltip goes away off the events")

    # Play advances by itself; Space pauses.
    browser.key("Home", "Home", 36)
    browser.evaluate("document.querySelector('.play').click()")
    time.sleep(1.2)
    browser.key(" ", "Space", 32)
    played = frame()
    check(played >= 2, f"play advances the frames (frame {played} after 1.2 s)")
    time.sleep(0.7)
    check(frame() == played, "Space pauses")
    urls = [u for u in browser.requested_urls() if not u.startswith(("file:", "data:"))]
    check(urls == [], f"no network request ({urls})")
    check(browser.console_errors() == [], f"no script error ({browser.console_errors()})")

    # A phone, and the page inside an <iframe> (as a newsroom embeds it).
    browser.viewport(390, 844, scale=3, mobile=True)
    browser.navigate("file://" + page + "#f12")
    check(frame() == 11, "#f12 in the address opens frame 12")
    scroll = browser.evaluate("document.documentElement.scrollWidth")
    check(scroll <= 390, f"nothing wider than the phone (scrollWidth {scroll})")
    browser.screenshot(os.path.join(out_dir, "map-phone.png"))
    frame_page = os.path.join(out_dir, "embed.html")
    with open(frame_page, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><title>embed</title><p>Article text.</p>'
                '<iframe src="seed-map.html" width="700" height="640" style="border:0"></iframe>')
    browser.viewport(800, 760)
    browser.navigate("file://" + frame_page)
    time.sleep(0.5)
    tree = browser.send("Page.getFrameTree")["frameTree"]
    check(len(tree.get("childFrames", [])) == 1 and tree["childFrames"][0]["frame"]["url"].endswith("seed-map.html"),
          "the page loads inside an <iframe>")
    browser.screenshot(os.path.join(out_dir, "map-iframe.png"))
    check(browser.console_errors() == [], f"no script error in the iframe ({browser.console_errors()})")

    # The folder form from disk, network off: keys step, each frame loads from its file.
    browser.viewport(1440, 900)
    before = len(browser.requested_urls())
    browser.navigate("file://" + os.path.join(folder, "index.html"))
    for _ in range(3):
        browser.key("ArrowRight", "ArrowRight", 39)
    check(frame() == 3, f"folder form: three Right keys -> frame 4 ({frame()})")
    loaded = browser.evaluate("new Promise(done => { const i = document.querySelector('.frame');"
                              " const report = () => done([i.naturalWidth, i.currentSrc.split('/').slice(-2).join('/')]);"
                              " i.complete ? report() : i.addEventListener('load', report); })")
    check(loaded[0] > 0 and loaded[1] == "frames/0004.webp", f"folder form: frame 4 decoded from its file ({loaded})")
    asked = [u.split("/")[-1] for u in browser.requested_urls()[before:] if "/frames/" in u]
    check("0017.webp" not in asked, f"folder form: frames far from the position are not loaded yet ({sorted(set(asked))})")
    check(date() == "23 sept. 2017", f"folder form: the date follows ({date()})")
    browser.screenshot(os.path.join(out_dir, "map-folder.png"))
    urls = [u for u in browser.requested_urls()[before:] if not u.startswith("file:")]
    check(urls == [], f"folder form: no network request ({urls})")
finally:
    browser.close()

print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
