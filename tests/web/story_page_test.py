"""`chronomap present STORY --export story.html` opened in headless Chromium, network off:
the page makes no request, its language and words are the deck's, keys, buttons and swipes
move the slides, caption and sources are real text with safe links, the maps load at 2x.
Usage: story_page_test.py CHRONOMAP SOURCE_DIR OUT_DIR  (exit 77: no Chromium, skipped)."""
import json
import os
import subprocess
import sys
import time

from devtools_pipe import Browser, find_chromium

chronomap, source_dir, out_dir = sys.argv[1:4]
chromium = find_chromium()
if not chromium:
    print("SKIPPED: no chromium on PATH (apt-get install chromium) - the web story page was not tested")
    sys.exit(77)
os.makedirs(out_dir, exist_ok=True)
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def export(story, page):
    run = subprocess.run([chronomap, "present", story, "--export", page], capture_output=True, text=True)
    print(run.stdout + run.stderr)
    check(run.returncode in (0, 1) and os.path.exists(page), "export of " + os.path.basename(story))


seed = os.path.join(source_dir, "examples", "seed-story.json")
linked = os.path.join(source_dir, "tests", "data", "web", "linked-story.json")
seed_page = os.path.join(out_dir, "seed-story.html")
linked_page = os.path.join(out_dir, "linked-story.html")
export(seed, seed_page)
export(linked, linked_page)
# The folder form: index.html and the maps as files beside it, referenced relatively.
seed_folder = os.path.join(out_dir, "seed-story-folder")
run = subprocess.run([chronomap, "present", seed, "--web", "--export", seed_folder + "/"], capture_output=True, text=True)
print(run.stdout + run.stderr)
check(run.returncode in (0, 1) and os.path.exists(os.path.join(seed_folder, "slides", "01@2x.webp")),
      "export of the seed story as a folder")
with open(os.path.join(out_dir, "iframe-host.html"), "w", encoding="utf-8") as host:
    host.write('<!doctype html><title>host</title><p>An article with the deck in an iframe:</p>'
               '<iframe src="seed-story-folder/index.html" width="720" height="700"></iframe>')
# Bad input: clear errors, nothing rendered for nothing.
bad = subprocess.run([chronomap, "present", seed, "--export", "/nonexistent-folder/story.html"],
                     capture_output=True, text=True)
check(bad.returncode == 3 and "/nonexistent-folder does not exist" in bad.stderr,
      f"an unwritable path is refused before rendering ({bad.stderr.strip()})")
bad = subprocess.run([chronomap, "present", seed, "--export", os.path.join(out_dir, "story.pdf")],
                     capture_output=True, text=True)
check(bad.returncode == 64 and "a web page ends in .html" in bad.stderr,
      f"an unknown extension names the web page's ({bad.stderr.strip()})")

with open(seed, encoding="utf-8") as f:
    slides = json.load(f)["slides"]

browser = Browser(chromium)
try:
    browser.open_page()
    browser.viewport(1440, 900, scale=2)
    browser.navigate("file://" + seed_page)
    shown = "document.querySelector('.slide:not([hidden])')"
    check(browser.evaluate("document.documentElement.lang") == "fr", "<html lang=\"fr\"> for a French deck")
    check(browser.evaluate("document.body.dataset.slide") == "1", "opens at slide 1")
    check(browser.evaluate(shown + ".querySelector('h2').textContent") == slides[0]["title"],
          "slide 1's title is text")
    check(browser.evaluate("document.querySelector('.progress-text').textContent") == f"Diapositive 1 sur {len(slides)}",
          "progress says 'Diapositive 1 sur N'")
    check(browser.evaluate("document.querySelector('.next').getAttribute('aria-label')") == "Diapositive suivante",
          "the buttons speak French")
    # naturalWidth is in CSS pixels (the 2x image's 1920 / 2); currentSrc tells which loaded.
    loaded = browser.evaluate("(() => { const i = " + shown + ".querySelector('img');"
                              " return [i.naturalWidth, i.currentSrc === i.srcset.split(' ')[2]]; })()")
    check(loaded == [960, True], f"the map image decoded its 2x source on a 2x screen ({loaded})")
    browser.screenshot(os.path.join(out_dir, "story-desktop.png"))

    moves = [("ArrowRight", 39, "2"), ("PageDown", 34, "3"), (" ", 32, "4"), ("ArrowLeft", 37, "3"),
             ("PageUp", 33, "2"), ("End", 35, str(len(slides))), ("Home", 36, "1"), ("ArrowDown", 40, "2")]
    for key, code, expected in moves:
        browser.key(key, "Space" if key == " " else key, code)
        got = browser.evaluate("document.body.dataset.slide")
        check(got == expected, f"key {key!r} -> slide {expected} (got {got})")
    check(browser.evaluate(shown + ".id") == "slide-2", "only the current slide is shown")
    check(browser.evaluate(shown + ".querySelector('h2').textContent") == slides[1]["title"],
          "slide 2's title after the keys")
    caption = browser.evaluate(shown + ".querySelector('.caption').innerHTML")
    check("<strong>24 septembre 2017</strong>" in caption and "<em>Valeri Asapov</em>" in caption,
          "caption marks become <strong> and <em>")
    # Selectable: a range over the caption gives its words back.
    selected = browser.evaluate("(() => { const r = document.createRange(); r.selectNodeContents(" + shown +
                                ".querySelector('.caption')); getSelection().removeAllRanges(); getSelection().addRange(r);"
                                " return getSelection().toString(); })()")
    check("Valeri Asapov" in (selected or ""), "the caption can be selected as text")
    sources = browser.evaluate(shown + ".querySelector('.sources') && " + shown + ".querySelector('.sources').textContent")
    check(bool(sources) and "2017" in sources, f"slide 2 cites its sources as text ({sources!r})")
    browser.evaluate("document.querySelector('.previous').click()")
    check(browser.evaluate("document.body.dataset.slide") == "1", "the previous button goes back")
    check(browser.evaluate("document.querySelector('.previous').disabled") is True, "previous is disabled at slide 1")
    urls = [u for u in browser.requested_urls() if not u.startswith(("file:", "data:"))]
    check(urls == [], f"no network request ({urls})")
    check(browser.console_errors() == [], f"no script error ({browser.console_errors()})")

    # A phone: swipes move the slides, the column fits.
    browser.viewport(390, 844, scale=3, mobile=True)
    browser.navigate("file://" + seed_page + "#1")
    browser.swipe(320, 60, 300)
    check(browser.wait_for("document.body.dataset.slide", "2") == "2", "a swipe to the left shows the next slide")
    time.sleep(0.5)  # a person's second swipe comes after the first one's fling has ended
    browser.swipe(60, 320, 300)
    check(browser.wait_for("document.body.dataset.slide", "1") == "1", "a swipe to the right goes back")
    width = browser.evaluate("document.documentElement.scrollWidth")
    check(width <= 390, f"nothing wider than the phone (scrollWidth {width})")
    browser.key("ArrowRight", "ArrowRight", 39)
    browser.screenshot(os.path.join(out_dir, "story-phone.png"))

    # Links and escaping: a source URL is a link, a javascript: URL is not, markup stays text.
    browser.viewport(1440, 900)
    browser.navigate("file://" + linked_page)
    check(browser.evaluate("document.title") == "Deir ez-Zhor </script> en septembre", "the title is escaped")
    href = browser.evaluate("document.querySelector('#slide-1 .sources a') && document.querySelector('#slide-1 .sources a').href")
    check(href == "https://www.lemonde.fr/proche-orient/article/2017/09/25/un-general-russe-tue-en-syrie.html",
          f"a source with a url is a link ({href})")
    check(browser.evaluate("document.querySelector('#slide-1 .sources cite').textContent") == "Un général russe tué en Syrie",
          "the source's headline is cited")
    check(browser.evaluate("document.querySelectorAll('#slide-2 .sources a').length") == 0,
          "a javascript: url is not a link")
    check(browser.evaluate("document.querySelector('#slide-2 .caption i')") is None and
          "<i>non balisés</i>" in browser.evaluate("document.querySelector('#slide-2 .caption').textContent"),
          "markup in a caption is shown as written, not run")

    # The folder form from disk, network off: keys move the slides, each map loads from its file.
    before = len(browser.requested_urls())
    browser.viewport(1440, 900, scale=2)
    browser.navigate("file://" + os.path.join(seed_folder, "index.html"))
    for key, code, expected in [("ArrowRight", 39, "2"), ("ArrowRight", 39, "3"), ("ArrowLeft", 37, "2")]:
        browser.key(key, key, code)
        got = browser.evaluate("document.body.dataset.slide")
        check(got == expected, f"folder form: key {key!r} -> slide {expected} (got {got})")
    image = browser.evaluate("new Promise(done => { const i = " + shown + ".querySelector('img');"
                             " const report = () => done([i.naturalWidth, i.currentSrc.split('/').slice(-2).join('/')]);"
                             " i.complete ? report() : i.addEventListener('load', report); })")
    check(image == [960, "slides/02@2x.webp"], f"folder form: slide 2's map loaded from slides/02@2x.webp ({image})")
    browser.screenshot(os.path.join(out_dir, "story-folder.png"))
    urls = [u for u in browser.requested_urls()[before:] if not u.startswith("file:")]
    check(urls == [], f"folder form: no network request ({urls})")
    check(browser.console_errors() == [], f"folder form: no script error ({browser.console_errors()})")
    # In an <iframe> of another page (both from disk): the map shows; the screenshot is looked at.
    browser.viewport(800, 800)
    browser.navigate("file://" + os.path.join(out_dir, "iframe-host.html"))
    browser.screenshot(os.path.join(out_dir, "story-folder-iframe.png"))
    loaded = [u for u in browser.requested_urls() if u.endswith("slides/01.webp")]
    check(loaded != [], "in an iframe, the deck asks for its first map by its relative path")
finally:
    browser.close()

print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
