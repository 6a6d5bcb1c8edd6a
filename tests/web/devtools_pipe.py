"""A tiny Chrome DevTools Protocol client over --remote-debugging-pipe (Python stdlib only).

Chromium reads commands from fd 3 and writes answers and events to fd 4, each message a
JSON object ended by a NUL byte. Used by the web page tests (tests/web/*.py).
"""
import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time


class DevToolsError(RuntimeError):
    pass


class Browser:
    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="chronomap-chromium-")
        to_browser_read, self._write = os.pipe()
        self._read, from_browser_write = os.pipe()

        def wire_pipes():  # in the child: its fds 3 and 4, whatever numbers the pipes got
            a, b = os.dup(to_browser_read), os.dup(from_browser_write)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--remote-debugging-pipe", "--no-first-run",
             "--disable-gpu", "--disable-extensions", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--mute-audio", "--hide-scrollbars",
             # The network is off: nothing resolves, any proxy connection is refused.
             "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
             "--user-data-dir=" + self.profile, "about:blank"],
            preexec_fn=wire_pipes, close_fds=False,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self.events = []  # (method, params, sessionId) not yet consumed
        self.session = None

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._read, self._write):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def _message(self, deadline):
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise DevToolsError("Chromium did not answer in time")
            ready, _, _ = select.select([self._read], [], [], left)
            if ready:
                chunk = os.read(self._read, 1 << 20)
                if not chunk:
                    raise DevToolsError("Chromium closed the DevTools pipe (did it crash?)")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=True, timeout=30):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._message(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise DevToolsError(method + ": " + json.dumps(answer["error"]))
                return answer.get("result", {})
            if "method" in answer:
                self.events.append((answer["method"], answer.get("params", {})))

    def wait_event(self, method, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            for k, (name, params) in enumerate(self.events):
                if name == method:
                    del self.events[k]
                    return params
            answer = self._message(deadline)
            if "method" in answer:
                self.events.append((answer["method"], answer.get("params", {})))

    # [SECTION] a page
    def open_page(self):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = self.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True},
                             session=False)
        self.session = attached["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Network.enable")
        self.send("Network.emulateNetworkConditions",
                  {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})

    def viewport(self, width, height, scale=1, mobile=False):
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile})
        self.send("Emulation.setTouchEmulationEnabled", {"enabled": mobile, "maxTouchPoints": 5} if mobile else {"enabled": False})

    def navigate(self, url):
        # Through about:blank: a URL differing only in its #fragment would not load again.
        for address in ("about:blank", url):
            self.events = [e for e in self.events if e[0] != "Page.loadEventFired"]
            self.send("Page.navigate", {"url": address})
            self.wait_event("Page.loadEventFired", timeout=60)

    def requested_urls(self):
        return [params["request"]["url"] for name, params in self.events if name == "Network.requestWillBeSent"]

    def console_errors(self):
        errors = []
        for name, params in self.events:
            if name == "Runtime.exceptionThrown":
                errors.append(params["exceptionDetails"].get("exception", {}).get("description", str(params)))
            elif name == "Runtime.consoleAPICalled" and params.get("type") == "error":
                errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params["args"]))
        return errors

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise DevToolsError(expression + ": " + json.dumps(result["exceptionDetails"]))
        return result["result"].get("value")

    def key(self, key, code=None, key_code=0):
        for kind in ("keyDown", "keyUp"):
            params = {"type": kind, "key": key, "code": code or key, "windowsVirtualKeyCode": key_code}
            if key == " " and kind == "keyDown":
                params["text"] = " "
            self.send("Input.dispatchKeyEvent", params)

    def mouse(self, kind, x, y, buttons=0):
        self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left" if kind != "mouseMoved" or buttons else "none",
                                               "buttons": buttons, "clickCount": 1 if kind != "mouseMoved" else 0})

    def wait_for(self, expression, expected, timeout=3.0):
        """Polls `expression` until it equals `expected` or `timeout` seconds pass; returns its last value.
        For what the page does after an input event (a swipe ends with Chrome's fling and
        scroll handling, which a loaded machine can delay past the next evaluate)."""
        deadline = time.monotonic() + timeout
        value = self.evaluate(expression)
        while value != expected and time.monotonic() < deadline:
            time.sleep(0.05)
            value = self.evaluate(expression)
        return value

    def swipe(self, x0, x1, y):
        self.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x0, "y": y}]})
        for step in range(1, 6):
            x = x0 + (x1 - x0) * step / 5
            self.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y}]})
        self.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as out:
            out.write(base64.b64decode(data))


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None
