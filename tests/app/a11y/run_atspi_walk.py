#!/usr/bin/env python3
"""The AT-SPI walk: every page of every demo person, read as a screen reader reads it.

Starts its own X server (Xvfb, on a free display), a private D-Bus session and the AT-SPI bus,
then for each demo person runs kith-a11y-host (kith-app's shell on a device store seeded as that
person, platform xcb, accessibility always on), opens each page the person can reach, and walks
the page's accessibility tree with pyatspi. Every visible node whose role is interactive (push
button, toggle button, check box, radio button, entry, password text, combo box, spin button,
slider, link, menu item, focusable list item) must have a name, a role and extents of at least
44 x 44 pixels. (A password field without a name is noted, not failed: Qt 6.4 gives password
fields no accessible name, whatever the QML sets.) Prints one line per fault naming the person, the page and the element; exits 1 if
there is any. Everything it starts is stopped, and its temporary folder removed, however it ends.

    run_atspi_walk.py --host build/.../kith-a11y-host [--people amina,zara] [--minimum 44]
"""

import argparse
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time

MINIMUM = 44


class Fail(Exception):
    pass


def start(procs, argv, **kwargs):
    """Starts a process in its own process group, remembered for stopping."""
    proc = subprocess.Popen(argv, start_new_session=True, **kwargs)
    procs.append(proc)
    return proc


def stop(procs):
    """Stops every process started here (and the children in their groups), newest first."""
    for proc in reversed(procs):
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    deadline = time.monotonic() + 5
    for proc in reversed(procs):
        try:
            proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
        # The group may hold children (the AT-SPI bus's own dbus-daemon) that outlive the leader.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(1)
        except subprocess.TimeoutExpired:
            pass


def read_line(stream, timeout, what):
    sel = selectors.DefaultSelector()
    sel.register(stream, selectors.EVENT_READ)
    try:
        if not sel.select(timeout):
            raise Fail(f"no answer from {what} within {timeout} s")
    finally:
        sel.close()
    line = stream.readline()
    if not line:
        raise Fail(f"{what} ended")
    return line.decode("utf-8", "replace").rstrip("\n")


def start_x(procs, tmp):
    read_end, write_end = os.pipe()
    start(procs, ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp",
                  "-noreset"], pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=open(os.path.join(tmp, "xvfb.log"), "wb"))
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        display = read_line(pipe, 20, "Xvfb").strip()
    if not display.isdigit():
        raise Fail(f"Xvfb did not say its display: {display!r}")
    os.environ["DISPLAY"] = ":" + display


def start_buses(procs, tmp):
    session = start(procs, ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address"],
                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = read_line(session.stdout, 20, "dbus-daemon").strip()
    start(procs, ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
          stdout=subprocess.DEVNULL, stderr=open(os.path.join(tmp, "at-spi.log"), "wb"))
    # The launcher answers org.a11y.Bus.GetAddress once its bus is up.
    deadline = time.monotonic() + 20
    while True:
        probe = subprocess.run(["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply", "/org/a11y/bus",
                                "org.a11y.Bus.GetAddress"], capture_output=True, timeout=10)
        if probe.returncode == 0 and b"unix:" in probe.stdout:
            break
        if time.monotonic() > deadline:
            raise Fail("the AT-SPI bus did not start: " + probe.stderr.decode(errors="replace"))
        time.sleep(0.1)


class Walker:
    def __init__(self, pyatspi, minimum):
        self.pyatspi = pyatspi
        self.minimum = minimum
        self.notes = []
        r = pyatspi
        self.interactive = {
            r.ROLE_PUSH_BUTTON, r.ROLE_TOGGLE_BUTTON, r.ROLE_CHECK_BOX, r.ROLE_RADIO_BUTTON, r.ROLE_ENTRY,
            r.ROLE_PASSWORD_TEXT, r.ROLE_COMBO_BOX, r.ROLE_SPIN_BUTTON, r.ROLE_SLIDER, r.ROLE_LINK,
            r.ROLE_MENU_ITEM, r.ROLE_CHECK_MENU_ITEM, r.ROLE_RADIO_MENU_ITEM, r.ROLE_TEXT,
        }

    def application(self, pid, timeout=20):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            desktop = self.pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                try:
                    if app is not None and app.get_process_id() == pid and app.childCount > 0:
                        return app
                except Exception:  # an application going away while we look
                    pass
            time.sleep(0.2)
        raise Fail(f"process {pid} never showed on the accessibility bus")

    def walk(self, app):
        """(node, role, name, states, extents, trail) for every visible interactive node."""
        r = self.pyatspi
        found = []
        stack = [(app, ())]
        seen = 0
        while stack:
            node, trail = stack.pop()
            seen += 1
            try:
                states = node.getState()
                role = node.getRole()
                name = node.name or ""
            except Exception:
                continue
            # A page under the one on top, or something hidden, is not there to a person. What is
            # scrolled out of view is (visible, not showing): a screen reader still reaches it.
            if node is not app and role != r.ROLE_FRAME and not states.contains(r.STATE_VISIBLE):
                continue
            is_interactive = role in self.interactive and (role != r.ROLE_TEXT or states.contains(r.STATE_EDITABLE))
            if role == r.ROLE_LIST_ITEM and states.contains(r.STATE_FOCUSABLE):
                is_interactive = True
            if is_interactive:
                box = node.queryComponent().getExtents(r.DESKTOP_COORDS)
                found.append((node, role, name, states, (box.x, box.y, box.width, box.height), trail))
            label = name.strip() or node.getRoleName()
            for i in range(node.childCount - 1, -1, -1):
                child = node.getChildAtIndex(i)
                if child is not None:
                    stack.append((child, trail + (label,)))
        return found, seen

    def check(self, app):
        r = self.pyatspi
        faults = []
        try:
            app.clear_cache()  # what libatspi remembers of the page before
        except Exception:
            pass
        found, seen = self.walk(app)
        for node, role, name, states, (x, y, w, h), trail in found:
            role_name = node.getRoleName()
            where = " > ".join(t for t in trail[-3:] if t)
            what = f"{role_name} \"{name.strip()}\"" if name.strip() else f"{role_name} (no name)"
            try:
                ident = node.get_accessible_id() or ""
            except Exception:
                ident = ""
            if ident:
                what += f" [{ident}]"
            if not name.strip():
                if role == r.ROLE_PASSWORD_TEXT:
                    # Qt 6.4 blanks the name of every password field whatever the QML sets
                    # (QQuickAccessibleAttached::name() is empty under passwordEdit, and TextField
                    # resets the description to its placeholder): a known limit, said, not failed.
                    self.notes.append(f"{what} in {where}: no accessible name (Qt 6.4 hides password fields' names)")
                else:
                    faults.append(f"{what} in {where}: has no accessible name")
            if role in (r.ROLE_INVALID, r.ROLE_UNKNOWN):
                faults.append(f"{what} in {where}: has no role")
            if w < self.minimum or h < self.minimum:
                faults.append(f"{what} in {where}: {w} x {h} at ({x}, {y}), smaller than {self.minimum} x {self.minimum}")
        return faults, len(found), seen


def run_person(walker, host, person, data_root, procs, log):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               TZ="UTC", LC_ALL="C.UTF-8", NO_AT_BRIDGE="0")
    proc = start(procs, [host, "--person", person, "--data-root", data_root], stdin=subprocess.PIPE,
                 stdout=subprocess.PIPE, stderr=log, env=env)

    def ask(command, timeout=30):
        proc.stdin.write((command + "\n").encode())
        proc.stdin.flush()
        return read_line(proc.stdout, timeout, f"kith-a11y-host --person {person}")

    faults, notes = [], []
    app = walker.application(proc.pid)
    covered = []
    # The PIN screen first, while the store is locked; then the pages, which the host lists once
    # unlocked (with any page the home page offers that its list does not name yet).
    def listed_pages():
        answer = ask("pages")
        if not answer.startswith("pages "):
            raise Fail(f"{person}: unexpected answer {answer!r}")
        # ... and last, the quick exit's neutral screen.
        return [p for p in answer.split()[1:] if p != "unlock"] + ["neutral"]

    pages = ["unlock"]
    while pages:
        page = pages.pop(0)
        answer = ask("open " + page)
        if not answer.startswith("ready "):
            faults.append(f"{person} | {page} | cannot open: {answer}")
            if page == "unlock":
                pages = listed_pages()
            continue
        object_name = answer.split()[-1]
        time.sleep(0.15)  # let the bridge hear of the new page
        page_faults, interactive, seen = walker.check(app)
        covered.append(f"{object_name}({interactive})")
        faults += [f"{person} | {page} ({object_name}) | {f}" for f in page_faults]
        notes += [f"{person} | {page} ({object_name}) | {n}" for n in walker.notes]
        walker.notes.clear()
        if seen < 5:
            faults.append(f"{person} | {page} | the accessibility tree is nearly empty ({seen} nodes)")
        if page == "unlock":
            pages = listed_pages()
    proc.stdin.write(b"quit\n")
    proc.stdin.close()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        pass
    print(f"{person}: {len(covered)} pages: " + ", ".join(covered), flush=True)
    for n in notes:
        print("NOTE " + n, flush=True)
    return faults


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", required=True, help="the kith-a11y-host executable")
    parser.add_argument("--people", default="amina,zara,nan,helen,jo")
    parser.add_argument("--minimum", type=int, default=MINIMUM)
    args = parser.parse_args()

    # A signal (ctest's timeout, Ctrl-C) still runs the clean-up below.
    def on_signal(number, _frame):
        raise SystemExit(128 + number)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGHUP, on_signal)

    procs = []
    tmp = tempfile.mkdtemp(prefix="kith-a11y-")
    started = time.monotonic()
    faults = []
    try:
        runtime = os.path.join(tmp, "run")
        os.mkdir(runtime, 0o700)
        os.environ["XDG_RUNTIME_DIR"] = runtime
        for variable in ("WAYLAND_DISPLAY", "AT_SPI_BUS_ADDRESS", "DBUS_SESSION_BUS_ADDRESS"):
            os.environ.pop(variable, None)
        os.environ["GTK_A11Y"] = "atspi"
        start_x(procs, tmp)
        start_buses(procs, tmp)
        import pyatspi  # only now: it connects to the bus named in the environment

        walker = Walker(pyatspi, args.minimum)
        data_root = os.path.join(tmp, "data")
        os.mkdir(data_root)
        with open(os.path.join(tmp, "host.log"), "wb") as log:
            for person in args.people.split(","):
                faults += run_person(walker, os.path.abspath(args.host), person, data_root, procs, log)
        with open(os.path.join(tmp, "host.log"), "rb") as log:
            warnings = log.read().decode(errors="replace").strip()
        if warnings:
            print("kith-a11y-host said:\n" + warnings)
    except Fail as e:
        faults.append(f"the walk could not run: {e}")
    finally:
        stop(procs)
        shutil.rmtree(tmp, ignore_errors=True)
    for f in faults:
        print("FAULT " + f)
    print(f"AT-SPI walk: {len(faults)} faults in {time.monotonic() - started:.1f} s")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
